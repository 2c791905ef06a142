using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

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
