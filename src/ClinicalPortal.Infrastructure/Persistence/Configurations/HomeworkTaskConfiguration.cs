using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class HomeworkTaskConfiguration : IEntityTypeConfiguration<HomeworkTask>
{
    public void Configure(EntityTypeBuilder<HomeworkTask> b)
    {
        b.ToTable("homework_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.IdempotencyKey).HasMaxLength(200);
        b.Property(t => t.RequestHash).HasMaxLength(64);
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PracticePlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PracticePlanItem>().WithMany().HasForeignKey(t => t.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ModuleVersion>().WithMany().HasForeignKey(t => t.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(t => t.NeedsReview);
        // A client's homework by day (the client's list, the clinician's, adherence); one task per item and day.
        b.HasIndex(t => new { t.ClientId, t.Date });
        b.HasIndex(t => new { t.PlanItemId, t.Date }).IsUnique();
        // Flags still to review, per organisation.
        b.HasIndex(t => new { t.OrganizationId, t.ReviewFlaggedAt }).HasFilter("review_flagged_at IS NOT NULL AND reviewed_at IS NULL");
    }
}
