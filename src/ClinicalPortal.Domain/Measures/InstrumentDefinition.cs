namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// A validated questionnaire: its items, how it is scored and read, how change is judged,
/// and its licence. Shaped so it can later be exported as a FHIR Questionnaire
/// (item linkIds, answer option codes, LOINC codes) without carrying any FHIR types here.
/// </summary>
public sealed record InstrumentDefinition
{
    /// <summary>Stable short code, e.g. "PHQ-9". Looked up case-insensitively.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Longest <see cref="Code"/> and <see cref="Version"/> a stored result can carry.</summary>
    public const int MaxCodeLength = 32;
    public const int MaxVersionLength = 200;

    /// <summary>Version of the wording/scoring shipped here.</summary>
    public required string Version { get; init; }

    /// <summary>Time frame / stem shown to the client, e.g. "Over the last 2 weeks, ...".</summary>
    public required string TimeFrame { get; init; }

    /// <summary>Items in presentation order; <see cref="InstrumentItem.Number"/> is 1-based and equals the position.</summary>
    public required IReadOnlyList<InstrumentItem> Items { get; init; }

    public required ScoringRule Scoring { get; init; }

    /// <summary>Bands of the total score; empty when the instrument has no banded total.</summary>
    public IReadOnlyList<SeverityBand> Bands { get; init; } = [];

    /// <summary>Caseness cut-off of the total; null when no published cut-off is used.</summary>
    public CasenessCutOff? Caseness { get; init; }

    /// <summary>How reliable change of the total is judged; null when none is defined.</summary>
    public ReliableChangeCriterion? ReliableChange { get; init; }

    /// <summary>True when a higher score means a better state (WHO-5, SCS, SCS-SF).</summary>
    public bool HigherIsBetter { get; init; }

    /// <summary>Treatment response and remission of the total, where a published definition is used (PHQ-9, GAD-7); null otherwise.</summary>
    public ResponseAndRemission? Outcomes { get; init; }

    /// <summary>
    /// True for a measure of the process the programme works on (self-compassion) rather than of symptoms: reports show it
    /// as the programme's process outcome, beside the symptom measures.
    /// </summary>
    public bool IsProcessMeasure { get; init; }

    /// <summary>What the instrument measures, in a client's words ("low mood"), for the client's report and pages.</summary>
    public string? PlainTopic { get; init; }

    /// <summary>
    /// False when the bands are screening labels a client should hear from their clinician, not read on a screen (WHO-5:
    /// "likely depression"): the client's pages and report then give the score in plain words without the band, and the
    /// clinician sees the band.
    /// </summary>
    public bool BandsShownToClient { get; init; } = true;

    public required MissingAnswerRule MissingAnswers { get; init; }

    public IReadOnlyList<RiskRule> RiskRules { get; init; } = [];

    public required InstrumentLicence Licence { get; init; }

    /// <summary>Primary source of the instrument.</summary>
    public required string Citation { get; init; }

    /// <summary>LOINC code of the panel, where one exists and was verified.</summary>
    public string? LoincPanelCode { get; init; }

    /// <summary>LOINC code of the total score, where one exists and was verified.</summary>
    public string? LoincTotalCode { get; init; }

    /// <summary>Finds an item by its 1-based number.</summary>
    public InstrumentItem Item(int number) =>
        number >= 1 && number <= Items.Count
            ? Items[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"{Code} has items 1 to {Items.Count}.");

    /// <summary>The skip condition that asks item <paramref name="itemNumber"/>; null when it is always asked (and for instruments without skip logic).</summary>
    public SkipCondition? GateOf(int itemNumber) => MissingAnswers is SkipLogicRule skip ? skip.GateOf(itemNumber) : null;

    /// <summary>True when item <paramref name="itemNumber"/> is asked given <paramref name="answers"/> (in item order); every item is asked without skip logic.</summary>
    public bool IsAsked(int itemNumber, IReadOnlyList<int?> answers) => MissingAnswers is not SkipLogicRule skip || skip.IsAsked(itemNumber, answers);

    /// <summary>
    /// <paramref name="answers"/> (in item order, padded or cut to <see cref="Items"/>) with the answers to items that
    /// were not asked set to null: a dependent's answer left over after its gate changed is dropped, not scored.
    /// </summary>
    public IReadOnlyList<int?> WithoutAnswersNotAsked(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Items.Select(i => IsAsked(i.Number, answers) ? answers.ElementAtOrDefault(i.Number - 1) : null).ToList();
    }

    /// <summary>The numbers of the items that are asked given <paramref name="answers"/> but have no answer, in item order.</summary>
    public IReadOnlyList<int> AskedButUnanswered(IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Items.Where(i => answers.ElementAtOrDefault(i.Number - 1) is null && IsAsked(i.Number, answers)).Select(i => i.Number).ToList();
    }

    /// <summary>Finds a subscale by key, or null.</summary>
    public SubscaleDefinition? Subscale(string key) =>
        Scoring.Subscales.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}
