namespace ClinicalPortal.Domain.Measures;

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
