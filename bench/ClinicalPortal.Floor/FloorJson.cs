using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalPortal.Floor;

/// <summary>JSON settings, each copied from the place in src/ that the floor must match.</summary>
internal static class FloorJson
{
    /// <summary>Request and response bodies: ASP.NET Core's web defaults (camelCase, case-insensitive reading).</summary>
    public static JsonSerializerOptions Http { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The jsonb columns of <c>assessments</c> (subscales, subscale_bands, risk_flags): as AssessmentConfiguration
    /// stores them, camelCase with enums as strings, so a floor row holds the same text as an API row.
    /// </summary>
    public static JsonSerializerOptions Columns { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The outbox payload: OutboxMessage.RiskIdentified serialises with the default options (PascalCase).</summary>
    public static JsonSerializerOptions Outbox { get; } = JsonSerializerOptions.Default;
}
