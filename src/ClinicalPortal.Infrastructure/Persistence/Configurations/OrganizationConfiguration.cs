using ClinicalPortal.Domain.Organizations;
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
        b.Property(o => o.Country).HasMaxLength(2).IsFixedLength().IsRequired();
        b.Property(o => o.LocalCrisisLines).AsJson();
        b.Property(o => o.EscalationPolicy).AsJson();
        b.Property(o => o.Coverage).AsOptionalJson();
        b.Property(o => o.WellbeingSupport).HasMaxLength(Domain.Wellbeing.WellbeingSupport.MaxLength);
        b.HasIndex(o => o.Name).IsUnique();
    }
}
