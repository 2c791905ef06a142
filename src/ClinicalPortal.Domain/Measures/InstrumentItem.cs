namespace ClinicalPortal.Domain.Measures;

/// <summary>One question. <see cref="LinkId"/> is the FHIR-friendly id used in Questionnaire/QuestionnaireResponse.</summary>
public sealed record InstrumentItem(
    int Number,
    string LinkId,
    string Text,
    IReadOnlyList<AnswerOption> Options,
    string? LoincCode = null)
{
    /// <summary>Lowest option value.</summary>
    public int MinValue => Options.Min(o => o.Value);

    /// <summary>Highest option value.</summary>
    public int MaxValue => Options.Max(o => o.Value);

    public bool Allows(int value) => Options.Any(o => o.Value == value);
}
