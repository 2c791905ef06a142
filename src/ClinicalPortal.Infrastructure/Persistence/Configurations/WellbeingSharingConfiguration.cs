using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Domain.Wellbeing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class WellbeingSharingConfiguration : IEntityTypeConfiguration<WellbeingSharing>
{
    public void Configure(EntityTypeBuilder<WellbeingSharing> b)
    {
        b.ToTable("wellbeing_sharing");
        b.HasKey(s => s.StaffId);
        b.Property(s => s.StaffId).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
