namespace ClinicalPortal.Domain.Measures;

/// <summary>The scored answers of one administration. Decimals are exact; nothing is rounded here.</summary>
public sealed record ScoreResult
{
    public required string InstrumentCode { get; init; }

    /// <summary>Total score; null only for an instrument with no total (CBI, C-SSRS screener).</summary>
    public decimal? Total { get; init; }

    /// <summary>Subscale scores by camelCase key; a value is null when too few of its items were answered.</summary>
    public required IReadOnlyDictionary<string, decimal?> Subscales { get; init; }

    /// <summary>Band label of the total, or null when the total is not banded.</summary>
    public string? Severity { get; init; }

    /// <summary>Band labels of subscales that the instrument bands (PHQ-4, CBI).</summary>
    public required IReadOnlyDictionary<string, string> SubscaleBands { get; init; }

    /// <summary>
    /// Total at or beyond the caseness cut-off; for instruments whose cut-offs are on subscales
    /// (PHQ-4, CBI), any subscale at or beyond its cut-off; for the C-SSRS screener, any positive answer.
    /// </summary>
    public bool Caseness { get; init; }

    /// <summary>Risk flags, highest tier first.</summary>
    public required IReadOnlyList<RiskFlag> RiskFlags { get; init; }

    /// <summary>The highest tier among <see cref="RiskFlags"/>, or null when there are none.</summary>
    public RiskTier? HighestRiskTier => RiskFlags.Count == 0 ? null : RiskFlags.Max(f => f.Tier);
}
