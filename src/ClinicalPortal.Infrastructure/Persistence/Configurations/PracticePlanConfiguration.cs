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
        b.HasOne<PracticePlan>().WithMany().HasForeignKey(p => p.SupersededBy).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One active plan per client, whatever the race (the handler also serialises on the client's lock).
        b.HasIndex(p => p.ClientId).IsUnique().HasFilter("status = 'Active'").HasDatabaseName("ux_practice_plans_one_active_per_client");
        b.HasIndex(p => new { p.ClientId, p.CreatedAt });
    }
}
