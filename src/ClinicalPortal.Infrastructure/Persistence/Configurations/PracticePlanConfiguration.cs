using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class PracticePlanConfiguration : IEntityTypeConfiguration<PracticePlan>
{
    public void Configure(EntityTypeBuilder<PracticePlan> b)
    {
        b.ToTable("practice_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PracticePlan>().WithMany().HasForeignKey(p => p.Supersedes).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One active plan per client, whatever the race (the handler also serialises on the client's lock).
        b.HasIndex(p => p.ClientId).IsUnique().HasFilter("status = 'Active'").HasDatabaseName("ux_practice_plans_one_active_per_client");
        b.HasIndex(p => new { p.ClientId, p.CreatedAt });
    }
}

internal sealed class PracticePlanItemConfiguration : IEntityTypeConfiguration<PracticePlanItem>
{
    public void Configure(EntityTypeBuilder<PracticePlanItem> b)
    {
        b.ToTable("practice_plan_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.ModuleTitle).HasMaxLength(200);
        b.Property(i => i.FrequencyKind).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.DaysOfWeek).HasColumnType("integer[]")
            .HasConversion(
                v => v.Select(d => (int)d).ToArray(),
                v => v.Select(d => (DayOfWeek)d).ToArray(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<DayOfWeek[]>(
                    (x, y) => x!.SequenceEqual(y!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToArray()));
        b.HasOne<Module>().WithMany().HasForeignKey(i => i.ModuleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ModuleVersion>().WithMany().HasForeignKey(i => i.ModuleVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.PlanId, i.Position }).IsUnique();
    }
}

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
