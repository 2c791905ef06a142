namespace ClinicalPortal.Domain.Measures;

/// <summary>Self-Compassion Scale (26 items, Neff 2003) and its short form (12 items, Raes et al. 2011).</summary>
internal static class SelfCompassion
{
    private const string Stem = "How I typically act towards myself in difficult times. Please read each statement carefully before answering and indicate how often you behave in the stated manner.";

    /// <summary>Bands of the total mean: &lt; 2.5 low, 2.5-3.5 moderate, &gt; 3.5 high (Neff).</summary>
    private static readonly IReadOnlyList<SeverityBand> MeanBands =
    [
        new SeverityBand("low", 1, true, 2.5m, false),
        SeverityBand.Closed("moderate", 2.5m, 3.5m),
        new SeverityBand("high", 3.5m, false, 5, true),
    ];

    public static InstrumentDefinition ScsShortForm { get; } = new()
    {
        Code = "SCS-SF",
        Name = "Self-Compassion Scale - Short Form",
        Version = "SCS-SF 12 items (Raes et al. 2011), English",
        TimeFrame = Stem,
        Items = AnswerScales.Items("scssf", AnswerScales.ScsFrequency,
            "When I fail at something important to me, I become consumed by feelings of inadequacy.",
            "I try to be understanding and patient towards those aspects of my personality I don't like.",
            "When something painful happens I try to take a balanced view of the situation.",
            "When I'm feeling down, I tend to feel like most other people are probably happier than I am.",
            "I try to see my failings as part of the human condition.",
            "When I'm going through a very hard time, I give myself the caring and tenderness I need.",
            "When something upsets me I try to keep my emotions in balance.",
            "When I fail at something that's important to me, I tend to feel alone in my failure.",
            "When I'm feeling down I tend to obsess and fixate on everything that's wrong.",
            "When I feel inadequate in some way, I try to remind myself that feelings of inadequacy are shared by most people.",
            "I'm disapproving and judgmental about my own flaws and inadequacies.",
            "I'm intolerant and impatient towards those aspects of my personality I don't like."),
        Scoring = new ScoringRule
        {
            Total = TotalMethod.Mean,
            ReverseKeyedItems = [1, 4, 8, 9, 11, 12],
            MinTotal = 1,
            MaxTotal = 5,
            Subscales =
            [
                Sub("selfKindness", "Self-kindness", 2, 6),
                Sub("selfJudgment", "Self-judgment", 11, 12),
                Sub("commonHumanity", "Common humanity", 5, 10),
                Sub("isolation", "Isolation", 4, 8),
                Sub("mindfulness", "Mindfulness", 3, 7),
                Sub("overIdentification", "Over-identification", 1, 9),
            ],
        },
        Bands = MeanBands,
        Caseness = null,
        ReliableChange = new JacobsonTruaxCriterion(
            StandardDeviation: 0.60m,
            Reliability: 0.86m,
            Source: "r = .86: Raes et al. 2011, Cronbach's alpha >= .86 in all samples; SD 0.60: placeholder pending clinical review (no published SD found)",
            Verified: false)
        {
            Kind = ReliabilityKind.InternalConsistency,
            UnverifiedBecause = "r = .86 is Cronbach's alpha, not test-retest reliability, and the SD 0.60 is a placeholder; no published SCS-SF test-retest figure or SD could be checked here",
        },
        HigherIsBetter = true,
        IsProcessMeasure = true,
        PlainTopic = "self-compassion",
        MissingAnswers = new NoMissingAnswersRule(
            "All 12 items must be answered for the total; subscales are the raw mean of their two items (negative subscales are not reversed). The authors advise against interpreting short-form subscales alone."),
        Licence = new InstrumentLicence(
            "Self-Compassion Scale - Short Form",
            FreeToUse: true,
            RequiresRegistration: false,
            CommercialUse: "Free for any use; cite Raes et al. 2011.",
            Notice: "Self-Compassion Scale - Short Form. Raes F, Pommier E, Neff KD, Van Gucht D. Clin Psychol Psychother. 2011;18(3):250-255."),
        Citation = "Raes F, Pommier E, Neff KD, Van Gucht D. Construction and factorial validation of a short form of the Self-Compassion Scale. Clin Psychol Psychother. 2011;18(3):250-255.",
    };

    public static InstrumentDefinition Scs { get; } = new()
    {
        Code = "SCS",
        Name = "Self-Compassion Scale",
        // The scoring changed (mean of 26 items -> mean of the six subscale means), so results carry a new version.
        Version = "SCS 26 items (Neff 2003), English; total = mean of the six subscale means",
        TimeFrame = Stem,
        Items = AnswerScales.Items("scs", AnswerScales.ScsFrequency,
            "I'm disapproving and judgmental about my own flaws and inadequacies.",
            "When I'm feeling down I tend to obsess and fixate on everything that's wrong.",
            "When things are going badly for me, I see the difficulties as part of life that everyone goes through.",
            "When I think about my inadequacies, it tends to make me feel more separate and cut off from the rest of the world.",
            "I try to be loving towards myself when I'm feeling emotional pain.",
            "When I fail at something important to me I become consumed by feelings of inadequacy.",
            "When I'm down and out, I remind myself that there are lots of other people in the world feeling like I am.",
            "When times are really difficult, I tend to be tough on myself.",
            "When something upsets me I try to keep my emotions in balance.",
            "When I feel inadequate in some way, I try to remind myself that feelings of inadequacy are shared by most people.",
            "I'm intolerant and impatient towards those aspects of my personality I don't like.",
            "When I'm going through a very hard time, I give myself the caring and tenderness I need.",
            "When I'm feeling down, I tend to feel like most other people are probably happier than I am.",
            "When something painful happens I try to take a balanced view of the situation.",
            "I try to see my failings as part of the human condition.",
            "When I see aspects of myself that I don't like, I get down on myself.",
            "When I fail at something important to me I try to keep things in perspective.",
            "When I'm really struggling, I tend to feel like other people must be having an easier time of it.",
            "I'm kind to myself when I'm experiencing suffering.",
            "When something upsets me I get carried away with my feelings.",
            "I can be a bit cold-hearted towards myself when I'm experiencing suffering.",
            "When I'm feeling down I try to approach my feelings with curiosity and openness.",
            "I'm tolerant of my own flaws and inadequacies.",
            "When something painful happens I tend to blow the incident out of proportion.",
            "When I fail at something that's important to me, I tend to feel alone in my failure.",
            "I try to be understanding and patient towards those aspects of my personality I don't like."),
        Scoring = new ScoringRule
        {
            // Primary sources: Neff's SCS scoring key (self-compassion.org) and Neff 2003 (Self and Identity
            // 2:223-250). The key: reverse-score the items of the three negative subscales (6 - x), take the mean
            // of each subscale, and the total is the average of the six subscale means. Not the mean of the 26
            // items: the subscales have 5/5/4/4/4/4 items, so the two differ. The key notes that the 2003 article
            // totalled rather than averaged, so the article's figures are on another metric.
            Total = TotalMethod.MeanOfSubscaleMeans,
            // Items of the three negative subscales (self-judgment, isolation, over-identification).
            ReverseKeyedItems = [1, 8, 11, 16, 21, 4, 13, 18, 25, 2, 6, 20, 24],
            MinTotal = 1,
            MaxTotal = 5,
            Subscales =
            [
                Sub("selfKindness", "Self-kindness", 5, 12, 19, 23, 26),
                Sub("selfJudgment", "Self-judgment", 1, 8, 11, 16, 21),
                Sub("commonHumanity", "Common humanity", 3, 7, 10, 15),
                Sub("isolation", "Isolation", 4, 13, 18, 25),
                Sub("mindfulness", "Mindfulness", 9, 14, 17, 22),
                Sub("overIdentification", "Over-identification", 2, 6, 20, 24),
            ],
        },
        Bands = MeanBands,
        Caseness = null,
        ReliableChange = new JacobsonTruaxCriterion(
            StandardDeviation: 0.60m,
            Reliability: 0.92m,
            Source: "r = .92: internal consistency of the SCS total reported by Neff 2003 (not checked against the paper); SD 0.60: placeholder pending clinical review (no published SD found)",
            Verified: false)
        {
            Kind = ReliabilityKind.InternalConsistency,
            UnverifiedBecause = "r = .92 is internal consistency as recalled from Neff 2003 (not checked against the paper), not test-retest reliability, and the SD 0.60 is a placeholder",
        },
        HigherIsBetter = true,
        IsProcessMeasure = true,
        PlainTopic = "self-compassion",
        MissingAnswers = new NoMissingAnswersRule(
            "All 26 items must be answered; subscales are the raw mean of their items (negative subscales are not reversed; higher = more self-judgment, isolation, over-identification). The total is the mean of the six subscale means after reversing the negative subscales' items (6 - x)."),
        Licence = new InstrumentLicence(
            "Self-Compassion Scale",
            FreeToUse: true,
            RequiresRegistration: false,
            CommercialUse: "Free; no licence needed. Cite Neff 2003.",
            Notice: "Self-Compassion Scale, Kristin Neff. Neff KD. Self and Identity. 2003;2(3):223-250."),
        Citation = "Neff KD. The development and validation of a scale to measure self-compassion. Self and Identity. 2003;2(3):223-250.",
    };

    private static SubscaleDefinition Sub(string key, string name, params int[] items) => new()
    {
        Key = key,
        Name = name,
        Items = items,
        Method = SubscaleMethod.Mean,
        MinimumAnswered = items.Length,
        UsesReverseKeyedValues = false,
    };
}
