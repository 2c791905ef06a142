namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The primary sources the built-in modules cite, each checked against the publisher's or an indexing record (title,
/// journal, volume, issue, pages, DOI). The modules cite facts from them; every module text is our own wording.
/// </summary>
internal static class ModuleSources
{
    public const string Neff2003Conceptualization =
        "Neff KD. Self-compassion: an alternative conceptualization of a healthy attitude toward oneself. Self and Identity 2003;2(2):85-101. doi:10.1080/15298860390129863";

    public const string Neff2003Scale =
        "Neff KD. The development and validation of a scale to measure self-compassion. Self and Identity 2003;2(3):223-250. doi:10.1080/15298860390209035";

    public const string NeffGermer2013 =
        "Neff KD, Germer CK. A pilot study and randomized controlled trial of the Mindful Self-Compassion program. Journal of Clinical Psychology 2013;69(1):28-44. doi:10.1002/jclp.21923";

    public const string Leary2007 =
        "Leary MR, Tate EB, Adams CE, Allen AB, Hancock J. Self-compassion and reactions to unpleasant self-relevant events: the implications of treating oneself kindly. Journal of Personality and Social Psychology 2007;92(5):887-904. PMID 17484611";

    public const string BreinesChen2012 =
        "Breines JG, Chen S. Self-compassion increases self-improvement motivation. Personality and Social Psychology Bulletin 2012;38(9):1133-1143. doi:10.1177/0146167212445599";

    public const string Hutcherson2008 =
        "Hutcherson CA, Seppala EM, Gross JJ. Loving-kindness meditation increases social connectedness. Emotion 2008;8(5):720-724. doi:10.1037/a0013237";

    public const string Sirois2015 =
        "Sirois FM, Molnar DS, Hirsch JK. Self-compassion, stress, and coping in the context of chronic illness. Self and Identity 2015;14(3):334-347. doi:10.1080/15298868.2014.996249";

    public const string Albertson2015 =
        "Albertson ER, Neff KD, Dill-Shackleford KE. Self-compassion and body dissatisfaction in women: a randomized controlled trial of a brief meditation intervention. Mindfulness 2015;6(3):444-454. doi:10.1007/s12671-014-0277-3";

    public const string MaslachLeiter2016 =
        "Maslach C, Leiter MP. Understanding the burnout experience: recent research and its implications for psychiatry. World Psychiatry 2016;15(2):103-111. doi:10.1002/wps.20311";

    public const string Kristensen2005 =
        "Kristensen TS, Borritz M, Villadsen E, Christensen KB. The Copenhagen Burnout Inventory: a new tool for the assessment of burnout. Work & Stress 2005;19(3):192-207. doi:10.1080/02678370500297720";

    public const string WhoIcd11Burnout =
        "World Health Organization. International Classification of Diseases, 11th revision (ICD-11; adopted 2019, in effect from 2022): QD85 Burn-out, an occupational phenomenon. https://icd.who.int";

    public const string HashemZeinoun2020 =
        "Hashem Z, Zeinoun P. Self-compassion explains less burnout among healthcare professionals. Mindfulness 2020. doi:10.1007/s12671-020-01469-5. PMID 32929384";

    public const string GermerNeff2013Clinical =
        "Germer CK, Neff KD. Self-compassion in clinical practice. Journal of Clinical Psychology 2013;69(8):856-867. doi:10.1002/jclp.22021";

    public const string GermerNeff2019Teaching =
        "Germer CK, Neff KD. Teaching the Mindful Self-Compassion Program: A Guide for Professionals. New York: Guilford Press; 2019";

    public const string NeffGermer2018Workbook =
        "Neff KD, Germer CK. The Mindful Self-Compassion Workbook. New York: Guilford Press; 2018";

    public const string Gilbert2009Introducing =
        "Gilbert P. Introducing compassion-focused therapy. Advances in Psychiatric Treatment 2009;15(3):199-208. doi:10.1192/apt.bp.107.005264";

    public const string Gilbert2014Origins =
        "Gilbert P. The origins and nature of compassion focused therapy. British Journal of Clinical Psychology 2014;53(1):6-41. doi:10.1111/bjc.12043";

    public const string GilbertProcter2006 =
        "Gilbert P, Procter S. Compassionate mind training for people with high shame and self-criticism: overview and pilot study of a group therapy approach. Clinical Psychology & Psychotherapy 2006;13(6):353-379. doi:10.1002/cpp.507";

    public const string Gilbert2011Fears =
        "Gilbert P, McEwan K, Matos M, Rivis A. Fears of compassion: development of three self-report measures. Psychology and Psychotherapy 2011;84(3):239-255. doi:10.1348/147608310X526511";

    public const string Kirby2017Hrv =
        "Kirby JN, Doty JR, Petrocchi N, Gilbert P. The current and future role of heart rate variability for assessing and training compassion. Frontiers in Public Health 2017;5:40. doi:10.3389/fpubh.2017.00040";

    public const string Dreisoerner2021Touch =
        "Dreisoerner A, Junker NM, Schlotz W, et al. Self-soothing touch and being hugged reduce cortisol responses to stress: a randomized controlled trial on stress, physical touch, and social identity. Comprehensive Psychoneuroendocrinology 2021;8:100091. doi:10.1016/j.cpnec.2021.100091";

    public const string BryantVeroff2007 =
        "Bryant FB, Veroff J. Savoring: A New Model of Positive Experience. Mahwah, NJ: Lawrence Erlbaum; 2007";

    public const string Nice2021Ng206 =
        "National Institute for Health and Care Excellence. Myalgic encephalomyelitis (or encephalopathy)/chronic fatigue syndrome: diagnosis and management. NICE guideline NG206; 2021 (energy management). https://www.nice.org.uk/guidance/ng206";

    public const string Eakes1998ChronicSorrow =
        "Eakes GG, Burke ML, Hainsworth MA. Middle-range theory of chronic sorrow. Image: the Journal of Nursing Scholarship 1998;30(2):179-184. doi:10.1111/j.1547-5069.1998.tb01276.x";

    public const string Mishel1990Uncertainty =
        "Mishel MH. Reconceptualization of the uncertainty in illness theory. Image: the Journal of Nursing Scholarship 1990;22(4):256-262. doi:10.1111/j.1547-5069.1990.tb00225.x";

    public const string SingerKlimecki2014 =
        "Singer T, Klimecki OM. Empathy and compassion. Current Biology 2014;24(18):R875-R878. doi:10.1016/j.cub.2014.06.054";

    public const string Jameton1984 =
        "Jameton A. Nursing Practice: The Ethical Issues. Englewood Cliffs, NJ: Prentice-Hall; 1984 (moral distress)";

    public const string Zarit1980 =
        "Zarit SH, Reever KE, Bach-Peterson J. Relatives of the impaired elderly: correlates of feelings of burden. The Gerontologist 1980;20(6):649-655. doi:10.1093/geront/20.6.649";

    /// <summary>What a client sees beside a practice adapted from Neff and Germer's programme (never the programme's initials).</summary>
    public const string AdaptedFromNeffGermer =
        "Adapted, in our own words, from a practice of the Mindful Self-Compassion programme by Kristin Neff and Christopher Germer.";

    /// <summary>What a client sees beside a practice adapted from Gilbert's compassion-focused therapy.</summary>
    public const string AdaptedFromGilbert =
        "Adapted, in our own words, from Compassion-Focused Therapy, developed by Paul Gilbert.";

    /// <summary>What a client sees beside a module written for this service from the research it cites.</summary>
    public const string WrittenFromResearch =
        "Written for this service in our own words, from the self-compassion research of Kristin Neff and others listed with the module.";

    /// <summary>The start of every practice that turns to touch, the body or memories: a way back at any moment.</summary>
    public const string GroundingExit =
        "If you feel overwhelmed, open your eyes, look around and name a few things you can see, and feel the soles of your feet on the floor. Then stop, or come back to the practice later: both are fine.";

    /// <summary>The trauma note of a practice that turns to touch, the body or memories.</summary>
    public const string TraumaNote =
        "If you have lived through trauma, paying close attention to your body, to touch or to memories can sometimes bring back difficult feelings or images. Go gently, keep your eyes open if you prefer, and take only as much as feels manageable today. If you notice you are feeling numb, far away or flooded, use the way back above and talk it over with your clinician.";

    /// <summary>The touch opt-out: every touch practice can be done without it.</summary>
    public const string HandsFree =
        "Touch is always optional. If a hand on your body does not feel comforting, leave it out: rest your hands in your lap, hold a warm cup or a soft object, or simply imagine a kind gesture. The practice works just as well.";

    /// <summary>The caution clinicians see on a practice that turns to touch, the body or memories.</summary>
    public const string CautionSensitive =
        "Turns attention to the body, touch or memories, which can bring up old pain (backdraft). Think twice, or adapt it in session first, with a client who has active PTSD, dissociates, is acutely suicidal, or is recently bereaved; keep eyes-open and grounding options in front, and follow up on any rise in distress.";

    /// <summary>The caution clinicians see on a reflective or written module.</summary>
    public const string CautionReflective =
        "Reflective work on self-criticism can stir up strong feelings. With a client who has active PTSD, dissociates, is acutely suicidal, or is recently bereaved, go through it in session first and check in afterwards.";

    /// <summary>Closes every module's instructions: module answers are not read as they are written.</summary>
    public const string SafetyNote =
        "What you write in a module is not read by anyone in real time. If you are in crisis or thinking about harming yourself, use the crisis lines shown in the app, or call your local emergency number now.";

    /// <summary>
    /// <paramref name="content"/> with the safeguards of a practice that turns to <paramref name="uses"/>: the trauma note,
    /// the grounding exit, the link to the backdraft entry, and the hands-free alternative when it uses touch
    /// (<see cref="ModuleSafeguards"/>). The module names its own clinician's caution.
    /// </summary>
    public static ModuleContent Guarded(this ModuleContent content, params SensitiveFocus[] uses) => content with
    {
        Uses = uses,
        TraumaNote = TraumaNote,
        GroundingExit = GroundingExit,
        HandsFreeAlternative = uses.Contains(SensitiveFocus.Touch) ? HandsFree : null,
        SeeAlso = [ModuleLibrary.Backdraft],
    };

    /// <summary>A module's instructions followed by <see cref="SafetyNote"/>.</summary>
    public static string WithSafetyNote(string instructions) => $"{instructions.Trim()}\n\n{SafetyNote}";
}
