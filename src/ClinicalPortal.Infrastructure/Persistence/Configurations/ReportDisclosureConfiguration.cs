using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReportDisclosureConfiguration : IEntityTypeConfiguration<ReportDisclosure>
{
    public void Configure(EntityTypeBuilder<ReportDisclosure> b)
    {
        b.ToTable("report_disclosures");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.GeneratedByRole).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        // The client's previous report of an audience: the latest one before now.
        b.HasIndex(r => new { r.ClientId, r.Audience, r.GeneratedAt });
    }
}
