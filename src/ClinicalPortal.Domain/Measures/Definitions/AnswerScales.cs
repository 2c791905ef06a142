namespace ClinicalPortal.Domain.Measures;

/// <summary>Answer option sets shared by several items or instruments.</summary>
internal static class AnswerScales
{
    public const string Loinc = "http://loinc.org";

    /// <summary>PHQ/GAD frequency scale with its LOINC answer codes (LL358-3 answers).</summary>
    public static readonly IReadOnlyList<AnswerOption> PhqFrequency =
    [
        new(0, "Not at all", "LA6568-5", Loinc),
        new(1, "Several days", "LA6569-3", Loinc),
        new(2, "More than half the days", "LA6570-1", Loinc),
        new(3, "Nearly every day", "LA6571-9", Loinc),
    ];

    /// <summary>PSS-10 frequency scale, 0-4.</summary>
    public static readonly IReadOnlyList<AnswerOption> PssFrequency =
    [
        new(0, "Never", "never"),
        new(1, "Almost never", "almost-never"),
        new(2, "Sometimes", "sometimes"),
        new(3, "Fairly often", "fairly-often"),
        new(4, "Very often", "very-often"),
    ];

    /// <summary>Self-Compassion Scale, 1 (almost never) to 5 (almost always); only the ends are labelled on the form.</summary>
    public static readonly IReadOnlyList<AnswerOption> ScsFrequency =
    [
        new(1, "1 - Almost never", "1"),
        new(2, "2", "2"),
        new(3, "3", "3"),
        new(4, "4", "4"),
        new(5, "5 - Almost always", "5"),
    ];

    /// <summary>CBI frequency answers scored 100/75/50/25/0.</summary>
    public static readonly IReadOnlyList<AnswerOption> CbiFrequency =
    [
        new(100, "Always", "always"),
        new(75, "Often", "often"),
        new(50, "Sometimes", "sometimes"),
        new(25, "Seldom", "seldom"),
        new(0, "Never/almost never", "never-almost-never"),
    ];

    /// <summary>CBI degree answers scored 100/75/50/25/0.</summary>
    public static readonly IReadOnlyList<AnswerOption> CbiDegree =
    [
        new(100, "To a very high degree", "very-high-degree"),
        new(75, "To a high degree", "high-degree"),
        new(50, "Somewhat", "somewhat"),
        new(25, "To a low degree", "low-degree"),
        new(0, "To a very low degree", "very-low-degree"),
    ];

    /// <summary>WHO-5, 5 (all of the time) to 0 (at no time).</summary>
    public static readonly IReadOnlyList<AnswerOption> Who5Frequency =
    [
        new(5, "All of the time", "all-of-the-time"),
        new(4, "Most of the time", "most-of-the-time"),
        new(3, "More than half of the time", "more-than-half-of-the-time"),
        new(2, "Less than half of the time", "less-than-half-of-the-time"),
        new(1, "Some of the time", "some-of-the-time"),
        new(0, "At no time", "at-no-time"),
    ];

    /// <summary>K10, 1 (none of the time) to 5 (all of the time).</summary>
    public static readonly IReadOnlyList<AnswerOption> K10Frequency =
    [
        new(1, "None of the time", "none-of-the-time"),
        new(2, "A little of the time", "a-little-of-the-time"),
        new(3, "Some of the time", "some-of-the-time"),
        new(4, "Most of the time", "most-of-the-time"),
        new(5, "All of the time", "all-of-the-time"),
    ];

    /// <summary>Yes (1) / No (0) with the LOINC answer codes LA33-6 / LA32-8.</summary>
    public static readonly IReadOnlyList<AnswerOption> YesNo =
    [
        new(1, "Yes", "LA33-6", Loinc),
        new(0, "No", "LA32-8", Loinc),
    ];

    /// <summary>Builds items numbered from 1 with linkIds "{prefix}-{n}".</summary>
    public static IReadOnlyList<InstrumentItem> Items(
        string linkIdPrefix,
        IReadOnlyList<AnswerOption> options,
        params string[] texts) =>
        texts.Select((text, i) => new InstrumentItem(i + 1, $"{linkIdPrefix}-{i + 1}", text, options)).ToList();

    public static IReadOnlyList<int> Range(int first, int last) => Enumerable.Range(first, last - first + 1).ToList();
}
