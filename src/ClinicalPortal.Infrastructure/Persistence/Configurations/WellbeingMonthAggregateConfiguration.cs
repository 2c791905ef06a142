using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Wellbeing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class WellbeingMonthAggregateConfiguration : IEntityTypeConfiguration<WellbeingMonthAggregate>
{
    public void Configure(EntityTypeBuilder<WellbeingMonthAggregate> b)
    {
        b.ToTable("wellbeing_month_aggregates");
        b.HasKey(a => new { a.ScopeId, a.Month });
        b.Property(a => a.Suppressed).HasMaxLength(64);
        b.Property(a => a.Scales).AsJson();
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
