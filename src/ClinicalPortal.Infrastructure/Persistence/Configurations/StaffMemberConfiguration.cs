using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("staff_members");
        b.HasKey(s => s.Id);
        b.Property(s => s.Email).HasMaxLength(254).IsRequired();
        b.Property(s => s.DisplayName).HasMaxLength(200).IsRequired();
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.DeactivationReason).HasMaxLength(500);
        b.Property(s => s.PhoneProtected).HasMaxLength(1000);
        b.Ignore(s => s.IsActive);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.OrganizationId, s.Role });
        b.HasIndex(s => s.SupervisorId);
    }
}
