using System.Text.Json;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        Json(b.Property(a => a.Subscales));
        Json(b.Property(a => a.SubscaleBands));
        Json(b.Property(a => a.RiskFlags));
        b.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        // Includes the id: the time series and the first/latest probes order by (submitted_at, id).
        b.HasIndex(a => new { a.ClientId, a.InstrumentCode, a.SubmittedAt, a.Id });
        b.HasIndex(a => new { a.ClientId, a.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        b.HasIndex(a => a.OrganizationId);
    }

    /// <summary>A read-only value stored as jsonb (records are never edited, so comparison by JSON text is enough).</summary>
    private static void Json<T>(PropertyBuilder<T> property) where T : class =>
        property.HasColumnType("jsonb").IsRequired().HasConversion(
            v => JsonSerializer.Serialize(v, JsonOptions),
            v => JsonSerializer.Deserialize<T>(v, JsonOptions)!,
            new ValueComparer<T>(
                (x, y) => JsonSerializer.Serialize(x, JsonOptions) == JsonSerializer.Serialize(y, JsonOptions),
                v => JsonSerializer.Serialize(v, JsonOptions).GetHashCode(StringComparison.Ordinal),
                v => v));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
