using ClinicalPortal.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AlertDeadlineConfiguration : IEntityTypeConfiguration<AlertDeadline>
{
    public void Configure(EntityTypeBuilder<AlertDeadline> b)
    {
        b.ToTable("alert_deadlines");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Ignore(d => d.IsPending);
        // A round is handed out once per alert: the database refuses a second deadline for it.
        b.HasIndex(d => new { d.AlertId, d.Round }).IsUnique();
        // What the escalation worker claims: pending and due, soonest first.
        b.HasIndex(d => d.DueAt).HasFilter("fired_at IS NULL AND cancelled_at IS NULL").HasDatabaseName("ix_alert_deadlines_pending");
    }
}
