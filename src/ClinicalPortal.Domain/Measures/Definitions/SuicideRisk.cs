namespace ClinicalPortal.Domain.Measures;

/// <summary>Columbia-Suicide Severity Rating Scale, screen version (recent).</summary>
internal static class SuicideRisk
{
    private const string Columbia =
        "Columbia Lighthouse Project, C-SSRS screener triage: yes to Q4 or Q5, or behaviour in the past 3 months, is high (imminent) risk; Q3, or behaviour more than 3 months ago, is moderate risk; Q1 or Q2 only is low risk (referral)";

    public static InstrumentDefinition CssrsScreener { get; } = new()
    {
        Code = "C-SSRS-SCREEN",
        Name = "Columbia-Suicide Severity Rating Scale - Screen Version (recent)",
        Version = "C-SSRS Screener, recent (past month; behaviour lifetime with past-3-months follow-up), English; wording must not be changed",
        TimeFrame = "In the past month (questions 1-5); ever (question 6, with a follow-up about the past 3 months).",
        Items =
        [
            new(1, "cssrs-1", "Have you wished you were dead or wished you could go to sleep and not wake up?", AnswerScales.YesNo),
            new(2, "cssrs-2", "Have you actually had any thoughts of killing yourself?", AnswerScales.YesNo),
            new(3, "cssrs-3", "Have you been thinking about how you might do this?", AnswerScales.YesNo),
            new(4, "cssrs-4", "Have you had these thoughts and had some intention of acting on them?", AnswerScales.YesNo),
            new(5, "cssrs-5", "Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?", AnswerScales.YesNo),
            new(6, "cssrs-6", "Have you ever done anything, started to do anything, or prepared to do anything to end your life? Examples: Collected pills, obtained a gun, gave away valuables, wrote a will or suicide note, took out pills but didn't swallow any, held a gun but changed your mind or it was grabbed from your hand, went to the roof but didn't jump; or actually took pills, tried to shoot yourself, cut yourself, tried to hang yourself, etc.", AnswerScales.YesNo),
            new(7, "cssrs-6a", "Was this within the past 3 months?", AnswerScales.YesNo),
        ],
        Scoring = new ScoringRule { Total = TotalMethod.None },
        Bands = [],
        Caseness = null, // positive screen = any yes answer (a risk flag)
        ReliableChange = null,
        HigherIsBetter = false,
        PlainTopic = "safety",
        MissingAnswers = new SkipLogicRule(
            "Questions 1, 2 and 6 are always asked. Questions 3-5 are asked only when question 2 is yes; the past-3-months follow-up (item 7) only when question 6 is yes. Asked items must be answered; items not asked must be empty.",
            [
                new SkipCondition(GateItem: 2, GateValue: 1, DependentItems: [3, 4, 5]),
                new SkipCondition(GateItem: 6, GateValue: 1, DependentItems: [7]),
            ]),
        RiskRules =
        [
            new RiskRule("CSSRS_INTENT", RiskTier.Imminent, 4, [new RiskCondition(4, [1])],
                "C-SSRS: suicidal thoughts with some intention of acting on them in the past month."),
            new RiskRule("CSSRS_PLAN", RiskTier.Imminent, 5, [new RiskCondition(5, [1])],
                "C-SSRS: suicidal intent with a worked-out plan in the past month."),
            new RiskRule("CSSRS_BEHAVIOUR_RECENT", RiskTier.Imminent, 6, [new RiskCondition(6, [1]), new RiskCondition(7, [1])],
                "C-SSRS: suicidal behaviour within the past 3 months."),
            new RiskRule("CSSRS_METHOD", RiskTier.High, 3, [new RiskCondition(3, [1])],
                "C-SSRS: thoughts about how to end one's life in the past month."),
            new RiskRule("CSSRS_BEHAVIOUR_LIFETIME", RiskTier.High, 6, [new RiskCondition(6, [1]), new RiskCondition(7, [0])],
                "C-SSRS: suicidal behaviour more than 3 months ago."),
            new RiskRule("CSSRS_IDEATION", RiskTier.Elevated, 2, [new RiskCondition(2, [1])],
                "C-SSRS: thoughts of killing oneself in the past month."),
            new RiskRule("CSSRS_WISH_DEAD", RiskTier.Elevated, 1, [new RiskCondition(1, [1])],
                "C-SSRS: wish to be dead in the past month."),
        ],
        Licence = new InstrumentLicence(
            "Columbia-Suicide Severity Rating Scale, copyright The Research Foundation for Mental Hygiene, Inc.",
            FreeToUse: true,
            RequiresRegistration: true,
            CommercialUse: "Free but copyrighted: register with Columbia (The Columbia Lighthouse Project) before use and do not change the wording. " + Columbia,
            Notice: "Columbia-Suicide Severity Rating Scale (C-SSRS) screener, © The Research Foundation for Mental Hygiene, Inc. Used with its wording unchanged. Posner K, Brown GK, Stanley B, et al. Am J Psychiatry. 2011;168(12):1266-1277."),
        Citation = "Posner K, Brown GK, Stanley B, et al. The Columbia-Suicide Severity Rating Scale: initial validity and internal consistency findings from three multisite studies with adolescents and adults. Am J Psychiatry. 2011;168(12):1266-1277.",
    };
}
