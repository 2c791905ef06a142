namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// A labelled score range. Bounds are inclusive or exclusive as flagged, so that mean scores
/// such as "&lt; 2.5 low, 2.5-3.5 moderate, &gt; 3.5 high" are represented exactly.
/// </summary>
public sealed record SeverityBand(string Label, decimal Lower, bool LowerInclusive, decimal Upper, bool UpperInclusive)
{
    /// <summary>A band with both bounds inclusive, e.g. PHQ-9 "mild" 5-9.</summary>
    public static SeverityBand Closed(string label, decimal lower, decimal upper) => new(label, lower, true, upper, true);

    public bool Contains(decimal score) =>
        (LowerInclusive ? score >= Lower : score > Lower) &&
        (UpperInclusive ? score <= Upper : score < Upper);

    /// <summary>The first band containing the score, or null.</summary>
    public static SeverityBand? Find(IReadOnlyList<SeverityBand> bands, decimal score) =>
        bands.FirstOrDefault(b => b.Contains(score));
}
