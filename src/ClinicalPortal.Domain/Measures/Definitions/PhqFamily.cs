namespace ClinicalPortal.Domain.Measures;

/// <summary>PHQ-9, GAD-7 and PHQ-4 (Pfizer PHQ screeners).</summary>
internal static class PhqFamily
{
    private const string TalkingTherapies =
        "NHS England, NHS Talking Therapies for anxiety and depression Manual (caseness PHQ-9 >= 10, GAD-7 >= 8; reliable change PHQ-9 >= 6, GAD-7 >= 4 points)";

    /// <summary>
    /// Where the reliable-change points were checked: the Manual itself was not in the sources searched; a published
    /// outcome study states the same figures as reliable improvement beyond measurement error.
    /// </summary>
    private const string ReliableChangeSeen =
        "Reliable change as in the NHS Talking Therapies (formerly IAPT) Manual; the same figures (an improvement of >= 6 on the PHQ-9, >= 4 on the GAD-7, \"beyond that which could be attributed to measurement error\") are stated in Table 1 of a published outcome study of telephone low-intensity CBT (MindStep), BMC Psychiatry 2018, doi:10.1186/s12888-018-1987-1. The Manual's own page was not seen";

    /// <summary>NCQA's HEDIS depression measure (DRR-E), as compared in Psychiatric Services 2020 (doi:10.1176/appi.ps.201900295).</summary>
    private const string DepressionOutcomes =
        "Response (a PHQ-9 drop of 50 % or more) and remission (PHQ-9 under 5), judged from a baseline of 10 or more: NCQA HEDIS Depression Remission or Response for Adolescents and Adults (DRR-E); the same definitions in Psychiatric Services 2020, doi:10.1176/appi.ps.201900295";

    private const string AnxietyOutcomes =
        "Remission as a GAD-7 under 5 (the upper end of the minimal band 0-4, Spitzer et al. 2006) and response as a 50 % drop, judged from a baseline of 10 or more (Spitzer's moderate cut-off), by analogy with the PHQ-9's HEDIS definitions; no single published GAD-7 standard was found";

    private static readonly InstrumentLicence PfizerLicence = new(
        "PHQ screeners, copyright Pfizer Inc.",
        FreeToUse: true,
        RequiresRegistration: false,
        CommercialUse: "Free to reproduce, translate, display and distribute; no permission required (Pfizer).",
        Notice: "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.");

    /// <summary>The PHQ-9 stem (Pfizer PHQ-9 form): "any of the following".</summary>
    private const string TwoWeeks = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

    /// <summary>The GAD-7 stem (Pfizer GAD-7 form, Spitzer et al. 2006): "the following", without "any".</summary>
    private const string Gad7Stem = "Over the last 2 weeks, how often have you been bothered by the following problems?";

    public static InstrumentDefinition Phq9 { get; } = new()
    {
        Code = "PHQ-9",
        Name = "Patient Health Questionnaire-9 (depression)",
        Version = "PHQ-9 (Kroenke, Spitzer & Williams 2001), English",
        TimeFrame = TwoWeeks,
        Items =
        [
            Item(1, "Little interest or pleasure in doing things", "44250-9"),
            Item(2, "Feeling down, depressed, or hopeless", "44255-8"),
            Item(3, "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
            Item(4, "Feeling tired or having little energy", "44254-1"),
            Item(5, "Poor appetite or overeating", "44251-7"),
            Item(6, "Feeling bad about yourself - or that you are a failure or have let yourself or your family down", "44258-2"),
            Item(7, "Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"),
            Item(8, "Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual", "44253-3"),
            Item(9, "Thoughts that you would be better off dead or of hurting yourself in some way", "44260-8"),
        ],
        Scoring = new ScoringRule { Total = TotalMethod.Sum, MinTotal = 0, MaxTotal = 27 },
        Bands =
        [
            SeverityBand.Closed("minimal", 0, 4),
            SeverityBand.Closed("mild", 5, 9),
            SeverityBand.Closed("moderate", 10, 14),
            SeverityBand.Closed("moderately severe", 15, 19),
            SeverityBand.Closed("severe", 20, 27),
        ],
        Caseness = new CasenessCutOff(10, CutOffDirection.AtOrAbove, TalkingTherapies),
        ReliableChange = new FixedPointsCriterion(6, ReliableChangeSeen, Verified: true),
        HigherIsBetter = false,
        Outcomes = new ResponseAndRemission(RemissionBelow: 5, ResponseDrop: 0.5m, BaselineAtLeast: 10, DepressionOutcomes),
        PlainTopic = "low mood",
        MissingAnswers = new NoMissingAnswersRule(
            "All 9 items must be answered for a valid total; no prorating is applied."),
        RiskRules =
        [
            new RiskRule("PHQ9_ITEM9", RiskTier.Elevated, 9, [new RiskCondition(9, [1])],
                "PHQ-9 item 9 (thoughts of death or self-harm) answered 'several days'."),
            new RiskRule("PHQ9_ITEM9", RiskTier.High, 9, [new RiskCondition(9, [2, 3])],
                "PHQ-9 item 9 (thoughts of death or self-harm) answered 'more than half the days' or 'nearly every day'."),
        ],
        Licence = PfizerLicence,
        Citation = "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.",
        LoincPanelCode = "44249-1",
        LoincTotalCode = "44261-6",
    };

    public static InstrumentDefinition Gad7 { get; } = new()
    {
        Code = "GAD-7",
        Name = "Generalized Anxiety Disorder-7",
        Version = "GAD-7 (Spitzer et al. 2006), English",
        TimeFrame = Gad7Stem,
        Items = AnswerScales.Items("gad7", AnswerScales.PhqFrequency,
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid as if something awful might happen"),
        Scoring = new ScoringRule { Total = TotalMethod.Sum, MinTotal = 0, MaxTotal = 21 },
        Bands =
        [
            SeverityBand.Closed("minimal", 0, 4),
            SeverityBand.Closed("mild", 5, 9),
            SeverityBand.Closed("moderate", 10, 14),
            SeverityBand.Closed("severe", 15, 21),
        ],
        Caseness = new CasenessCutOff(8, CutOffDirection.AtOrAbove, TalkingTherapies),
        ReliableChange = new FixedPointsCriterion(4, ReliableChangeSeen, Verified: true),
        HigherIsBetter = false,
        Outcomes = new ResponseAndRemission(RemissionBelow: 5, ResponseDrop: 0.5m, BaselineAtLeast: 10, AnxietyOutcomes),
        PlainTopic = "worry and anxiety",
        MissingAnswers = new NoMissingAnswersRule(
            "All 7 items must be answered for a valid total; no prorating is applied."),
        Licence = PfizerLicence,
        Citation = "Spitzer RL, Kroenke K, Williams JBW, Lowe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.",
        LoincPanelCode = "69737-5",
        LoincTotalCode = "70274-6",
    };

    public static InstrumentDefinition Phq4 { get; } = new()
    {
        Code = "PHQ-4",
        Name = "Patient Health Questionnaire-4 (anxiety and depression screen)",
        Version = "PHQ-4 (Kroenke et al. 2009), English",
        // Not checked against the Pfizer PHQ-4 form: reproductions differ ("the following" / "any of the following").
        TimeFrame = TwoWeeks,
        Items = AnswerScales.Items("phq4", AnswerScales.PhqFrequency,
            "Feeling nervous, anxious or on edge",
            "Not being able to stop or control worrying",
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless"),
        Scoring = new ScoringRule
        {
            Total = TotalMethod.Sum,
            MinTotal = 0,
            MaxTotal = 12,
            Subscales =
            [
                TwoItemScreen("anxiety", "Anxiety (GAD-2)", 1, 2),
                TwoItemScreen("depression", "Depression (PHQ-2)", 3, 4),
            ],
        },
        Bands =
        [
            SeverityBand.Closed("normal", 0, 2),
            SeverityBand.Closed("mild", 3, 5),
            SeverityBand.Closed("moderate", 6, 8),
            SeverityBand.Closed("severe", 9, 12),
        ],
        Caseness = null, // caseness is read from the 2-item subscales (>= 3 positive)
        ReliableChange = null,
        HigherIsBetter = false,
        PlainTopic = "mood and anxiety",
        MissingAnswers = new NoMissingAnswersRule(
            "All 4 items must be answered; no prorating is applied."),
        Licence = PfizerLicence,
        Citation = "Kroenke K, Spitzer RL, Williams JBW, Lowe B. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics. 2009;50(6):613-621.",
    };

    private static InstrumentItem Item(int number, string text, string loinc) =>
        new(number, $"phq9-{number}", text, AnswerScales.PhqFrequency, loinc);

    private static SubscaleDefinition TwoItemScreen(string key, string name, int first, int second) => new()
    {
        Key = key,
        Name = name,
        Items = [first, second],
        Method = SubscaleMethod.Sum,
        MinimumAnswered = 2,
        Bands =
        [
            new SeverityBand("negative", 0, true, 3, false),
            SeverityBand.Closed("positive", 3, 6),
        ],
        Caseness = new CasenessCutOff(3, CutOffDirection.AtOrAbove,
            "Kroenke et al. 2009: a 2-item subscale score >= 3 is a positive screen"),
    };
}
