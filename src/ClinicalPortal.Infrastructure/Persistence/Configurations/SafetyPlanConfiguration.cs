using ClinicalPortal.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class SafetyPlanConfiguration : IEntityTypeConfiguration<SafetyPlan>
{
    public void Configure(EntityTypeBuilder<SafetyPlan> b)
    {
        b.ToTable("safety_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        foreach (var section in new[]
                 {
                     nameof(SafetyPlan.WarningSigns), nameof(SafetyPlan.CopingStrategies), nameof(SafetyPlan.DistractionPeopleAndPlaces),
                     nameof(SafetyPlan.PeopleToAskForHelp), nameof(SafetyPlan.ProfessionalsAndServices),
                     nameof(SafetyPlan.MakingTheEnvironmentSafe), nameof(SafetyPlan.ReasonsForLiving),
                 })
        {
            b.Property<string[]>(section).HasColumnType("text[]").IsRequired();
        }

        b.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        // Versions are never overwritten: a concurrent second save of the same version fails.
        b.HasIndex(p => new { p.ClientId, p.Version }).IsUnique();
    }
}
