using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).UseIdentityAlwaysColumn();
        b.Property(e => e.Action).HasMaxLength(64).IsRequired();
        b.Property(e => e.ResourceType).HasMaxLength(64);
        b.Property(e => e.ResourceId).HasMaxLength(200);
        b.Property(e => e.ActorClientApp).HasMaxLength(200);
        b.Property(e => e.IpAddress).HasMaxLength(64);
        b.Property(e => e.RequestId).HasMaxLength(128);
        b.Property(e => e.Purpose).HasMaxLength(64);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Details).HasColumnType("jsonb");
        b.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        // No foreign keys: the trail outlives anything it mentions and must never block or cascade.
        b.HasIndex(e => new { e.OrganizationId, e.OccurredAt });
        b.HasIndex(e => new { e.OrganizationId, e.SubjectClientId });
        b.HasIndex(e => new { e.OrganizationId, e.ChainSequence }).IsUnique().AreNullsDistinct(false)
            .HasFilter("chain_sequence IS NOT NULL");
        b.HasIndex(e => e.Id).HasFilter("hash IS NULL").HasDatabaseName("ix_audit_events_unsealed");
    }
}
