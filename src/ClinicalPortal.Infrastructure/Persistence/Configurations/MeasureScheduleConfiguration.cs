using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class MeasureScheduleConfiguration : IEntityTypeConfiguration<MeasureSchedule>
{
    public void Configure(EntityTypeBuilder<MeasureSchedule> b)
    {
        b.ToTable("measure_schedules");
        b.HasKey(s => s.Id);
        b.Property(s => s.InstrumentCode).HasMaxLength(InstrumentDefinition.MaxCodeLength).IsRequired();
        b.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(s => s.IsEnded);
        b.HasIndex(s => s.ClientId);
        b.HasIndex(s => s.OrganizationId);
    }
}
