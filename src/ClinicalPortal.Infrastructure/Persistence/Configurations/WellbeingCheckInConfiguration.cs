using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Domain.Wellbeing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

/// <summary>Staff check-ins: their own table, keyed to staff, with no link to any client record.</summary>
internal sealed class WellbeingCheckInConfiguration : IEntityTypeConfiguration<WellbeingCheckIn>
{
    public void Configure(EntityTypeBuilder<WellbeingCheckIn> b)
    {
        b.ToTable("wellbeing_checkins");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.InstrumentVersion).HasMaxLength(InstrumentDefinition.MaxVersionLength).IsRequired();
        b.Property(c => c.Answers).HasColumnType("integer[]").IsRequired();
        b.Property(c => c.Scales).AsJson();
        b.Property(c => c.Bands).AsJson();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.StaffId, c.SubmittedAt });
        b.HasIndex(c => new { c.OrganizationId, c.SubmittedAt });
    }
}
