namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Version 2 of the first eight built-in modules: the same texts as version 1, now with the attribution shown to the
/// client, a caution for clinicians, and, for the practices that use touch, the body or memories, the safeguards of
/// <see cref="ModuleSafeguards"/> (trauma note, grounding exit, hands-free alternative, link to the backdraft entry).
/// Version 1 stays as it was, so plan items that kept it still show what the client was given.
/// </summary>
internal static class LibraryRevisions
{
    public static ModuleContent FriendLetter { get; } = KindnessModules.FriendLetter with
    {
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution = ModuleSources.CautionReflective,
    };

    // Both ask the client to recall a painful moment (a time of struggling alone; a mistake that still bothers them).
    public static ModuleContent CommonHumanity { get; } = (GuidedPractices.CommonHumanity with
    {
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionReflective,
    }).Guarded(SensitiveFocus.Memories);

    public static ModuleContent MistakeAsGrowth { get; } = (KindnessModules.MistakeAsGrowth with
    {
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionReflective,
    }).Guarded(SensitiveFocus.Memories);

    public static ModuleContent DailyJournal { get; } = KindnessModules.DailyJournal with
    {
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionReflective,
    };

    public static ModuleContent SelfCompassionBreak { get; } = (GuidedPractices.SelfCompassionBreak with
    {
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution = ModuleSources.CautionSensitive,
    }).Guarded(SensitiveFocus.Touch, SensitiveFocus.Body, SensitiveFocus.Memories);

    public static ModuleContent LovingKindness { get; } = (GuidedPractices.LovingKindness with
    {
        Attribution = "Adapted, in our own words, from traditional loving-kindness meditation as it is taught in the Mindful Self-Compassion programme by Kristin Neff and Christopher Germer.",
        ClinicianCaution =
            "Offering kindness to oneself often brings up sadness or grief (backdraft), and the loved one brought to mind may have died. With active PTSD, dissociation, acute suicidality or recent bereavement, guide it in session first and suggest a pet or a neutral figure.",
    }).Guarded(SensitiveFocus.Touch, SensitiveFocus.Memories); // a loved one brought to mind, who may have died

    public static ModuleContent BodyAndIllness { get; } = (TrackModules.BodyAndIllness with
    {
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionSensitive,
    }).Guarded(SensitiveFocus.Body, SensitiveFocus.Touch);

    public static ModuleContent BurnoutBoundaries { get; } = (TrackModules.BurnoutBoundaries with
    {
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionSensitive,
    }).Guarded(SensitiveFocus.Touch, SensitiveFocus.Body);
}
