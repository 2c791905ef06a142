using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("organizations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("staff_members");
        b.HasKey(s => s.Id);
        b.Property(s => s.Email).HasMaxLength(254).IsRequired();
        b.Property(s => s.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.OrganizationId, s.Role });
        b.HasIndex(s => s.SupervisorId);
    }
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clients");
        b.HasKey(c => c.Id);
        b.Property(c => c.GivenName).HasMaxLength(100).IsRequired();
        b.Property(c => c.FamilyName).HasMaxLength(100).IsRequired();
        b.Property(c => c.Email).HasMaxLength(254).IsRequired();
        b.Property(c => c.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(c => c.Track).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ClinicianId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.UserId).IsUnique();
        b.HasIndex(c => new { c.OrganizationId, c.ClinicianId });
    }
}

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

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_heads");
        b.HasKey(h => h.ChainId);
        // Guid.Empty is a real key here (the chain of events with no organisation), not "unset".
        b.Property(h => h.ChainId).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Type).HasMaxLength(64).IsRequired();
        b.Property(m => m.Payload).HasColumnType("jsonb").IsRequired();
        b.Property(m => m.LastError).HasMaxLength(500);
        b.HasIndex(m => m.AvailableAt).HasFilter("delivered_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
    }
}
