namespace ClinicalPortal.Domain.Measures;

/// <summary>Copenhagen Burnout Inventory (Kristensen et al. 2005).</summary>
internal static class Burnout
{
    /// <summary>
    /// The PUMA study's categories, per scale (Kristensen TS, Borritz M, Villadsen E, Christensen KB 2005; Borritz M,
    /// Kristensen TS 2004, "Copenhagen Burnout Inventory: normative data ... and results from the PUMA study"): under 50
    /// low, 50-74 moderate, 75-99 high, 100 severe. They describe a score; they are not a clinical cut-off, and the CBI
    /// has none, so no CBI scale has a caseness cut-off and no CBI change is ever "clinically significant". Scale scores
    /// are means and can fall between whole numbers (74.5 is moderate), so the bounds are half-open.
    /// </summary>
    private static readonly IReadOnlyList<SeverityBand> CbiBands =
    [
        new SeverityBand("low", 0, true, 50, false),
        new SeverityBand("moderate", 50, true, 75, false),
        new SeverityBand("high", 75, true, 100, false),
        SeverityBand.Closed("severe", 100, 100),
    ];

    public static InstrumentDefinition Cbi { get; } = new()
    {
        Code = "CBI",
        Name = "Copenhagen Burnout Inventory",
        Version = "CBI, English version used in the PUMA study (19 items, 3 scales)",
        TimeFrame = "Personal, work-related and client-related burnout. Answer each question for how you usually feel.",
        Items =
        [
            new(1, "cbi-personal-1", "How often do you feel tired?", AnswerScales.CbiFrequency),
            new(2, "cbi-personal-2", "How often are you physically exhausted?", AnswerScales.CbiFrequency),
            new(3, "cbi-personal-3", "How often are you emotionally exhausted?", AnswerScales.CbiFrequency),
            new(4, "cbi-personal-4", "How often do you think: \"I can't take it anymore\"?", AnswerScales.CbiFrequency),
            new(5, "cbi-personal-5", "How often do you feel worn out?", AnswerScales.CbiFrequency),
            new(6, "cbi-personal-6", "How often do you feel weak and susceptible to illness?", AnswerScales.CbiFrequency),
            new(7, "cbi-work-1", "Is your work emotionally exhausting?", AnswerScales.CbiDegree),
            new(8, "cbi-work-2", "Do you feel burnt out because of your work?", AnswerScales.CbiDegree),
            new(9, "cbi-work-3", "Does your work frustrate you?", AnswerScales.CbiDegree),
            new(10, "cbi-work-4", "Do you feel worn out at the end of the working day?", AnswerScales.CbiFrequency),
            new(11, "cbi-work-5", "Are you exhausted in the morning at the thought of another day at work?", AnswerScales.CbiFrequency),
            new(12, "cbi-work-6", "Do you feel that every working hour is tiring for you?", AnswerScales.CbiFrequency),
            new(13, "cbi-work-7", "Do you have enough energy for family and friends during leisure time?", AnswerScales.CbiFrequency),
            new(14, "cbi-client-1", "Do you find it hard to work with clients?", AnswerScales.CbiDegree),
            new(15, "cbi-client-2", "Do you find it frustrating to work with clients?", AnswerScales.CbiDegree),
            new(16, "cbi-client-3", "Does it drain your energy to work with clients?", AnswerScales.CbiDegree),
            new(17, "cbi-client-4", "Do you feel that you give more than you get back when you work with clients?", AnswerScales.CbiDegree),
            new(18, "cbi-client-5", "Are you tired of working with clients?", AnswerScales.CbiFrequency),
            new(19, "cbi-client-6", "Do you sometimes wonder how long you will be able to continue working with clients?", AnswerScales.CbiFrequency),
        ],
        Scoring = new ScoringRule
        {
            Total = TotalMethod.None,
            ReverseKeyedItems = [13],
            Subscales =
            [
                Scale("personal", "Personal burnout", 1, 6, 3, 0.87m),
                Scale("workRelated", "Work-related burnout", 7, 13, 4, 0.87m),
                Scale("clientRelated", "Client-related burnout", 14, 19, 3, 0.85m),
            ],
        },
        Bands = [],
        Caseness = null, // the CBI has no clinical cut-off, on the total or on any scale
        ReliableChange = null, // no total; each scale has its own criterion
        HigherIsBetter = false,
        PlainTopic = "burnout",
        MissingAnswers = new SubscaleMinimumRule(
            "Each scale is the mean of its answered items and needs at least half of them (personal 3 of 6, work-related 4 of 7, client-related 3 of 6); otherwise that scale is not scored. Missing items are never counted as 0."),
        Licence = new InstrumentLicence(
            "Copenhagen Burnout Inventory, National Research Centre for the Working Environment (NFA), Denmark",
            FreeToUse: true,
            RequiresRegistration: false,
            CommercialUse: "Free to use (NFA, Denmark).",
            Notice: "Copenhagen Burnout Inventory, National Research Centre for the Working Environment (NFA), Denmark. Kristensen TS, Borritz M, Villadsen E, Christensen KB. Work & Stress. 2005;19(3):192-207."),
        Citation = "Kristensen TS, Borritz M, Villadsen E, Christensen KB. The Copenhagen Burnout Inventory: a new tool for the assessment of burnout. Work & Stress. 2005;19(3):192-207.",
    };

    private static SubscaleDefinition Scale(string key, string name, int first, int last, int minimum, decimal reliability) => new()
    {
        Key = key,
        Name = name,
        Items = AnswerScales.Range(first, last),
        Method = SubscaleMethod.Mean,
        MinimumAnswered = minimum,
        UsesReverseKeyedValues = true,
        Bands = CbiBands,
        Caseness = null, // no clinical cut-off: the PUMA categories are descriptive
        ReliableChange = new JacobsonTruaxCriterion(
            StandardDeviation: 17m,
            Reliability: reliability,
            Source: $"r = {reliability}: Cronbach's alpha of the {name.ToLowerInvariant()} scale as recalled from Kristensen et al. 2005 (not checked against the paper); SD 17: placeholder pending clinical review",
            Verified: false)
        {
            Kind = ReliabilityKind.InternalConsistency,
            UnverifiedBecause = "r is internal consistency (Cronbach's alpha) as recalled from Kristensen et al. 2005, not test-retest reliability; only the paper's first page was seen here, and the SD 17 is a placeholder",
        },
    };
}
