using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("clients");
        b.HasKey(c => c.Id);
        b.Property(c => c.GivenName).HasMaxLength(100).IsRequired();
        b.Property(c => c.FamilyName).HasMaxLength(100).IsRequired();
        b.Property(c => c.Email).HasMaxLength(254).IsRequired();
        b.Property(c => c.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(c => c.Track).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.DischargeReason).HasMaxLength(500);
        b.Property(c => c.Country).HasMaxLength(2).IsFixedLength();
        b.Ignore(c => c.IsActive);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ClinicianId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.UserId).IsUnique();
        b.HasIndex(c => new { c.OrganizationId, c.ClinicianId, c.Status });
    }
}
