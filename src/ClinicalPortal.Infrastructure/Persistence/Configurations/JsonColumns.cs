using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

/// <summary>Immutable values stored as jsonb: compared by their JSON text, replaced (never edited in place) when they change.</summary>
internal static class JsonColumns
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasColumnType("jsonb").IsRequired().HasConversion(
            v => Serialize(v),
            v => JsonSerializer.Deserialize<T>(v, Options)!,
            new ValueComparer<T>(
                (x, y) => JsonSerializer.Serialize(x, Options) == JsonSerializer.Serialize(y, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => v));

    /// <summary>As <see cref="AsJson{T}"/>, for a value that may be absent (SQL null).</summary>
    public static PropertyBuilder<T?> AsOptionalJson<T>(this PropertyBuilder<T?> property) where T : class =>
        property.HasColumnType("jsonb").IsRequired(false).HasConversion(
            v => v == null ? null : Serialize(v),
            v => v == null ? null : JsonSerializer.Deserialize<T>(v, Options),
            new ValueComparer<T?>(
                (x, y) => JsonSerializer.Serialize(x, Options) == JsonSerializer.Serialize(y, Options),
                v => v == null ? 0 : JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => v));

    /// <summary>The JSON text an <see cref="AsJson{T}"/> column holds for <paramref name="value"/>, for SQL written by hand (a seed).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
