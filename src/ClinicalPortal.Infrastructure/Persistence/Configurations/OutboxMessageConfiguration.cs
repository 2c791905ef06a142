using ClinicalPortal.Application.Common.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Type).HasMaxLength(64).IsRequired();
        b.Property(m => m.Payload).HasColumnType("jsonb").IsRequired();
        b.Property(m => m.DedupKey).HasMaxLength(200);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.LastError).HasMaxLength(500);
        // What a dispatcher claims: pending and due, oldest first.
        b.HasIndex(m => m.AvailableAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_pending");
        b.HasIndex(m => new { m.Type, m.DedupKey }).IsUnique().HasFilter("dedup_key IS NOT NULL").HasDatabaseName("ux_outbox_messages_dedup");
        // What an administrator lists: an organisation's dead letters.
        b.HasIndex(m => new { m.OrganizationId, m.CreatedAt }).HasFilter("status = 'DeadLetter'").HasDatabaseName("ix_outbox_messages_dead");
    }
}
