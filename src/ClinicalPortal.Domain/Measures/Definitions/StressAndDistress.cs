namespace ClinicalPortal.Domain.Measures;

/// <summary>PSS-10, K10 and WHO-5.</summary>
internal static class StressAndDistress
{
    public static InstrumentDefinition Pss10 { get; } = new()
    {
        Code = "PSS-10",
        Name = "Perceived Stress Scale (10-item)",
        Version = "PSS-10 (Cohen & Williamson 1988), English",
        TimeFrame = "The questions in this scale ask you about your feelings and thoughts during the last month. In each case, indicate how often you felt or thought a certain way.",
        Items = AnswerScales.Items("pss10", AnswerScales.PssFrequency,
            "In the last month, how often have you been upset because of something that happened unexpectedly?",
            "In the last month, how often have you felt that you were unable to control the important things in your life?",
            "In the last month, how often have you felt nervous and \"stressed\"?",
            "In the last month, how often have you felt confident about your ability to handle your personal problems?",
            "In the last month, how often have you felt that things were going your way?",
            "In the last month, how often have you found that you could not cope with all the things that you had to do?",
            "In the last month, how often have you been able to control irritations in your life?",
            "In the last month, how often have you felt that you were on top of things?",
            "In the last month, how often have you been angered because of things that were outside of your control?",
            "In the last month, how often have you felt difficulties were piling up so high that you could not overcome them?"),
        Scoring = new ScoringRule
        {
            Total = TotalMethod.Sum,
            ReverseKeyedItems = [4, 5, 7, 8],
            MinTotal = 0,
            MaxTotal = 40,
        },
        Bands =
        [
            SeverityBand.Closed("low", 0, 13),
            SeverityBand.Closed("moderate", 14, 26),
            SeverityBand.Closed("high", 27, 40),
        ],
        Caseness = null, // the bands are a convention, not a normed clinical cut-off
        ReliableChange = new JacobsonTruaxCriterion(
            StandardDeviation: 6.35m,
            Reliability: 0.78m,
            Source: "Cohen S, Williamson G 1988, US probability sample (Harris poll, n = 2,387): alpha = .78; SD 6.35 of the total sample (SD not seen in the source; the published gender rows, 5.9 and 6.6, pool to about 6.38)",
            Verified: false)
        {
            Kind = ReliabilityKind.InternalConsistency,
            UnverifiedBecause = "r = .78 is Cronbach's alpha, not a test-retest figure, and the total-sample SD was not seen in the source; no published PSS-10 test-retest figure could be checked here",
        },
        HigherIsBetter = false,
        PlainTopic = "stress",
        MissingAnswers = new NoMissingAnswersRule("All 10 items must be answered; no prorating is applied."),
        Licence = new InstrumentLicence(
            "Perceived Stress Scale, Sheldon Cohen",
            FreeToUse: false,
            RequiresRegistration: false,
            CommercialUse: "Check before commercial use: free without permission for non-commercial (academic, educational, clinical research) use.",
            Notice: "Perceived Stress Scale, Sheldon Cohen. Cohen S, Kamarck T, Mermelstein R. J Health Soc Behav. 1983;24(4):385-396."),
        Citation = "Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. J Health Soc Behav. 1983;24(4):385-396; Cohen S, Williamson G. Perceived stress in a probability sample of the United States. In: Spacapan S, Oskamp S, eds. The Social Psychology of Health. Sage; 1988:31-67.",
    };

    public static InstrumentDefinition K10 { get; } = new()
    {
        Code = "K10",
        Name = "Kessler Psychological Distress Scale (10-item)",
        Version = "K10, 1-5 scoring (10-50), English",
        TimeFrame = "These questions concern how you have been feeling over the past 30 days.",
        Items = AnswerScales.Items("k10", AnswerScales.K10Frequency,
            "About how often did you feel tired out for no good reason?",
            "About how often did you feel nervous?",
            "About how often did you feel so nervous that nothing could calm you down?",
            "About how often did you feel hopeless?",
            "About how often did you feel restless or fidgety?",
            "About how often did you feel so restless you could not sit still?",
            "About how often did you feel depressed?",
            "About how often did you feel that everything was an effort?",
            "About how often did you feel so sad that nothing could cheer you up?",
            "About how often did you feel worthless?"),
        Scoring = new ScoringRule { Total = TotalMethod.Sum, MinTotal = 10, MaxTotal = 50 },
        Bands =
        [
            SeverityBand.Closed("low", 10, 15),
            SeverityBand.Closed("moderate", 16, 21),
            SeverityBand.Closed("high", 22, 29),
            SeverityBand.Closed("very high", 30, 50),
        ],
        Caseness = null,
        // Reliable change needs a test-retest figure, not internal consistency: r = .89 is the 1-2 week ICC of the
        // treatment-seeking sample in the K10 temporal-stability study (Australian Psychologist 2021;56(1):38-45),
        // as reported in its abstract. The SD is still a placeholder, so the criterion stays unverified.
        ReliableChange = new JacobsonTruaxCriterion(
            StandardDeviation: 6.0m,
            Reliability: 0.89m,
            Source: "r = .89: test-retest ICC over 1-2 weeks in a treatment-seeking sample (n = 289; non-treatment-seeking sample, n = 129: ICC .86), abstract of 'The temporal stability of the Kessler Psychological Distress Scale', Australian Psychologist 2021;56(1):38-45, doi:10.1080/00050067.2021.1893603. SD 6.0: placeholder pending clinical review (no published SD found), so this criterion is not verified",
            Verified: false)
        {
            Kind = ReliabilityKind.TestRetest,
            UnverifiedBecause = "the test-retest r = .89 was seen only in the study's abstract, and the SD 6.0 is a placeholder: no published K10 SD for a comparable sample was found",
        },
        HigherIsBetter = false,
        PlainTopic = "distress",
        MissingAnswers = new NoMissingAnswersRule(
            "All 10 items must be answered; the survey skip after item 2 or 5 ('none of the time') is not applied, so a skipped follow-up item is never scored as 1."),
        // Licence: the K10/K6 page of the National Comorbidity Survey, Harvard Medical School
        // (hcp.med.harvard.edu/ncs/k6_scales.php): free, no formal permission; cite Kessler et al. 2003 and
        // include the copyright (© World Health Organization 2003).
        Licence = new InstrumentLicence(
            "Kessler Psychological Distress Scale (K10), © World Health Organization 2003",
            FreeToUse: true,
            RequiresRegistration: false,
            CommercialUse: "Free to use; no formal permission or approval needed. Include the copyright notice (© World Health Organization 2003) and cite Kessler RC et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189.",
            Notice: "© World Health Organization 2003. Kessler RC, Barker PR, Colpe LJ, et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189."),
        Citation = "Kessler RC, Andrews G, Colpe LJ, et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med. 2002;32(6):959-976. Kessler RC, Barker PR, Colpe LJ, et al. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189. Bands: Andrews G, Slade T. Interpreting scores on the Kessler Psychological Distress Scale (K10). Aust N Z J Public Health. 2001;25(6):494-497.",
    };

    public static InstrumentDefinition Who5 { get; } = new()
    {
        Code = "WHO-5",
        Name = "WHO-5 Well-Being Index",
        Version = "WHO-5 (1998 version), English",
        TimeFrame = "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.",
        Items = AnswerScales.Items("who5", AnswerScales.Who5Frequency,
            "I have felt cheerful and in good spirits",
            "I have felt calm and relaxed",
            "I have felt active and vigorous",
            "I woke up feeling fresh and rested",
            "My daily life has been filled with things that interest me"),
        Scoring = new ScoringRule
        {
            Total = TotalMethod.SumTimesMultiplier,
            Multiplier = 4,
            MinTotal = 0,
            MaxTotal = 100,
        },
        Bands =
        [
            SeverityBand.Closed("likely depression", 0, 28),
            new SeverityBand("poor well-being", 28, false, 50, true),
            new SeverityBand("adequate well-being", 50, false, 100, true),
        ],
        Caseness = new CasenessCutOff(50, CutOffDirection.AtOrBelow,
            "Topp et al. 2015: a score <= 50 indicates poor well-being and is the screening cut-off for depression"),
        // The WHO-5 scoring instructions say "A 10% difference indicates a significant change" on the percentage score;
        // seen as reproduced by a vendor's help page, not in Topp et al. 2015 itself, and not derived from a test-retest
        // figure, so it is kept as the instrument's own change rule and marked unverified.
        ReliableChange = new FixedPointsCriterion(10,
            "WHO-5 scoring instructions (Psychiatric Research Unit, WHO Collaborating Centre in Mental Health): \"In order to monitor possible changes in well-being, the percentage score is used. A 10% difference indicates a significant change\"; cited by Topp CW et al. 2015 (Psychother Psychosom 84:167-176)",
            Verified: false)
        {
            UnverifiedBecause = "the 10-point rule was seen only as the scoring instructions reproduced on a vendor's help page (help.valant.com), not in the WHO form or in Topp et al. 2015; it is a change convention, not a figure derived from test-retest reliability",
        },
        HigherIsBetter = true,
        PlainTopic = "well-being",
        // "Likely depression" is a screening result to talk through, not a label to read alone on a screen.
        BandsShownToClient = false,
        MissingAnswers = new NoMissingAnswersRule("All 5 items must be answered; no prorating is applied."),
        Licence = new InstrumentLicence(
            "WHO-5 Well-Being Index, Psychiatric Research Unit, WHO Collaborating Centre in Mental Health",
            FreeToUse: true,
            RequiresRegistration: false,
            CommercialUse: "Free to use; cite the WHO source.",
            Notice: "WHO-5 Well-Being Index, Psychiatric Research Unit, WHO Collaborating Centre in Mental Health. World Health Organization Regional Office for Europe, 1998."),
        Citation = "World Health Organization Regional Office for Europe. Wellbeing Measures in Primary Health Care: The DepCare Project. Copenhagen: WHO; 1998. Topp CW, Ostergaard SD, Sondergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom. 2015;84(3):167-176.",
    };
}
