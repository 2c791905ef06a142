using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("assessments");
        b.HasKey(a => a.Id);
        b.Property(a => a.InstrumentCode).HasMaxLength(InstrumentDefinition.MaxCodeLength).IsRequired();
        b.Property(a => a.InstrumentVersion).HasMaxLength(InstrumentDefinition.MaxVersionLength).IsRequired();
        b.Property(a => a.Answers).HasColumnType("integer[]").IsRequired();
        // numeric without scale: means such as 3.1666... are kept exactly as scored.
        b.Property(a => a.Total).HasColumnType("numeric");
        b.Property(a => a.Severity).HasMaxLength(InstrumentDefinition.MaxCodeLength * 4);
        b.Property(a => a.SubmittedByRole).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.IdempotencyKey).HasMaxLength(200);
        b.Property(a => a.RequestHash).HasMaxLength(64).IsFixedLength();
        b.Property(a => a.Subscales).AsJson();
        b.Property(a => a.SubscaleBands).AsJson();
        b.Property(a => a.RiskFlags).AsJson();
        b.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        // Includes the id: the time series and the first/latest probes order by (submitted_at, id).
        b.HasIndex(a => new { a.ClientId, a.InstrumentCode, a.SubmittedAt, a.Id });
        b.HasIndex(a => new { a.ClientId, a.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        b.HasIndex(a => a.OrganizationId);
    }
}
