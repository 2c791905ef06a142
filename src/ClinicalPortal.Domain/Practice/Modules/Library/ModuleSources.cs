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

    /// <summary>Closes every module's instructions: module answers are not read as they are written.</summary>
    public const string SafetyNote =
        "What you write in a module is not read by anyone in real time. If you are in crisis or thinking about harming yourself, use the crisis lines shown in the app, or call your local emergency number now.";

    /// <summary>A module's instructions followed by <see cref="SafetyNote"/>.</summary>
    public static string WithSafetyNote(string instructions) => $"{instructions.Trim()}\n\n{SafetyNote}";
}
