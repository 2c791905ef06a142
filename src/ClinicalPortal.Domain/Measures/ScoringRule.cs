namespace ClinicalPortal.Domain.Measures;

/// <summary>How the total is formed from the (reverse-keyed where stated) item values.</summary>
public enum TotalMethod
{
    /// <summary>The instrument has no total (CBI, C-SSRS screener).</summary>
    None = 0,

    /// <summary>Sum of the item values.</summary>
    Sum = 1,

    /// <summary>Mean of the item values, exact decimal division.</summary>
    Mean = 2,

    /// <summary>Sum of the item values times <see cref="ScoringRule.Multiplier"/> (WHO-5: x4).</summary>
    SumTimesMultiplier = 3,
}

/// <summary>How a subscale is formed from its answered items.</summary>
public enum SubscaleMethod
{
    Sum = 1,
    Mean = 2,
}

/// <summary>Scoring of an instrument.</summary>
public sealed record ScoringRule
{
    public required TotalMethod Total { get; init; }

    /// <summary>Used only with <see cref="TotalMethod.SumTimesMultiplier"/>.</summary>
    public decimal Multiplier { get; init; } = 1m;

    /// <summary>
    /// Items whose value is reversed before use: reversed = (lowest option + highest option) - value
    /// (PSS-10: 4 - x; SCS: 6 - x; CBI: 100 - x).
    /// </summary>
    public IReadOnlyList<int> ReverseKeyedItems { get; init; } = [];

    public IReadOnlyList<SubscaleDefinition> Subscales { get; init; } = [];

    /// <summary>Lowest possible total (for range checks and documentation); null without a total.</summary>
    public decimal? MinTotal { get; init; }

    /// <summary>Highest possible total; null without a total.</summary>
    public decimal? MaxTotal { get; init; }

    public bool IsReverseKeyed(int itemNumber) => ReverseKeyedItems.Contains(itemNumber);

    /// <summary>Reverses a raw value on an item's own option range.</summary>
    public static int Reverse(InstrumentItem item, int value) => item.MinValue + item.MaxValue - value;
}

/// <summary>
/// A subscale. <see cref="Key"/> is camelCase (e.g. "selfKindness", "workRelated") and is the key in
/// <see cref="ScoreResult.Subscales"/>.
/// </summary>
public sealed record SubscaleDefinition
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<int> Items { get; init; }

    public required SubscaleMethod Method { get; init; }

    /// <summary>Fewest answered items for the subscale to have a score; otherwise it is null (never filled with 0).</summary>
    public required int MinimumAnswered { get; init; }

    /// <summary>
    /// True when the subscale uses reverse-keyed values (CBI work-related item 7);
    /// false when it uses raw values (SCS negative subscales are reported raw, reversed only for the total).
    /// </summary>
    public bool UsesReverseKeyedValues { get; init; }

    public IReadOnlyList<SeverityBand> Bands { get; init; } = [];

    public CasenessCutOff? Caseness { get; init; }

    public ReliableChangeCriterion? ReliableChange { get; init; }
}

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

public enum CutOffDirection
{
    /// <summary>Case when score &gt;= cut-off (PHQ-9 10, GAD-7 8).</summary>
    AtOrAbove = 1,

    /// <summary>Case when score &lt;= cut-off (WHO-5 50).</summary>
    AtOrBelow = 2,
}

/// <summary>A caseness (clinical range) cut-off and the side of it that counts as a case.</summary>
public sealed record CasenessCutOff(decimal Value, CutOffDirection Direction, string Source)
{
    public bool IsCase(decimal score) =>
        Direction == CutOffDirection.AtOrAbove ? score >= Value : score <= Value;
}
