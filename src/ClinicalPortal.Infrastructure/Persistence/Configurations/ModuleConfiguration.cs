using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class ModuleConfiguration : IEntityTypeConfiguration<Module>
{
    public void Configure(EntityTypeBuilder<Module> b)
    {
        b.ToTable("modules");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Key).HasMaxLength(Module.MaxKeyLength);
        b.Ignore(m => m.IsBuiltin);
        b.Ignore(m => m.Current);
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.ModuleId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The built-in library: one row per key (its ids are derived from the key, so every instance seeds the same rows).
        b.HasIndex(m => m.Key).IsUnique().HasFilter("organization_id IS NULL");
        b.HasIndex(m => m.OrganizationId);
    }
}
