namespace ClinicalPortal.Domain.Measures;

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
