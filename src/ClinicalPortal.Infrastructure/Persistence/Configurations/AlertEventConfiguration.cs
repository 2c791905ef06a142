using ClinicalPortal.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> b)
    {
        b.ToTable("alert_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ActorSystem).HasMaxLength(64);
        b.Property(e => e.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Target).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Source).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Disposition).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Missed).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Codes).HasColumnType("text[]");
        b.Property(e => e.RecipientIds).HasColumnType("uuid[]");
        // Ciphertext (ADR 0014): the 4000 characters of clear text a request may send grow by about a third.
        b.Property(e => e.TextProtected);
        // One order per timeline; two writers of one alert could never both add entry n.
        b.HasIndex(e => new { e.AlertId, e.Sequence }).IsUnique();
        // Which alert a stored answer set already raised (the backlog handler is idempotent by it).
        b.HasIndex(e => e.ReferenceId).HasFilter("reference_id IS NOT NULL");
    }
}
