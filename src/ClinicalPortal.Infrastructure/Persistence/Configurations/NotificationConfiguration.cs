using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Target).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Missed).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Text).HasConversion<string>().HasMaxLength(16);
        b.Ignore(n => n.IsTexted);
        b.HasOne<Alert>().WithMany().HasForeignKey(n => n.AlertId).OnDelete(DeleteBehavior.Restrict);
        // At least once, never twice: one notification per alert, round and recipient.
        b.HasIndex(n => new { n.AlertId, n.Round, n.RecipientUserId }).IsUnique();
        // The inbox: unread first, newest first.
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
    }
}
