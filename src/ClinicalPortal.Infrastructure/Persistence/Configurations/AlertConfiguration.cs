using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Disposition).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Policy).AsJson();
        b.Property(a => a.RiskAssessment).AsOptionalJson();
        // Decisions are checked against it under the alert's lock; as a concurrency token it also guards any write that skipped the lock.
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AlertId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Deadlines).WithOne().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(a => a.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One unresolved alert per client: a new trigger adds to it (the database holds the rule under any race).
        b.HasIndex(a => a.ClientId).IsUnique().HasFilter("status <> 'Resolved'").HasDatabaseName("ux_alerts_one_unresolved_per_client");
        b.HasIndex(a => new { a.OrganizationId, a.Status, a.CreatedAt });
        b.HasIndex(a => new { a.OrganizationId, a.CreatedAt });
    }
}
