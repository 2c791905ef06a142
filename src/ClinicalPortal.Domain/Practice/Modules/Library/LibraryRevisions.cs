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

    /// <summary>
    /// Version 2 also words the first step for family carers: ICD-11 QD85 burnout is occupational only, so the exhaustion of
    /// caring at home is named caregiver strain (Zarit, Reever and Bach-Peterson 1980), and the rest applies to both.
    /// </summary>
    public static ModuleContent BurnoutBoundaries { get; } = (TrackModules.BurnoutBoundaries with
    {
        Summary = "For health workers and family carers running on empty: understand burnout and caregiver strain, see where your energy goes, set one boundary, and plan real recovery.",
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution = ModuleSources.CautionSensitive + " Use 'caregiver strain', not burnout, for family carers: ICD-11 describes burnout as occupational only.",
        Steps = [WhatBurnoutIs, .. TrackModules.BurnoutBoundaries.Steps.Skip(1)],
    }).Guarded(SensitiveFocus.Touch, SensitiveFocus.Body);

    private static ModuleStep WhatBurnoutIs => ModuleStep.Read("what", "What burnout and caregiver strain are, and are not", """
        The World Health Organization describes burnout as the result of chronic workplace stress that has not been
        successfully managed, with three features: feeling drained or exhausted; growing distance, negativity or cynicism
        about the job; and a sense of no longer being effective. The word belongs to work: if you look after someone at
        home, the same exhaustion is usually called caregiver strain. Both are real, and everything below applies to both.

        Neither is a personal weakness. Research shows they grow out of the situation as much as the person: too much to
        do with too few resources, little control, too little recognition, and caring that clashes with your values.
        People who care for others are especially exposed, because caring asks for so much of yourself.

        Self-compassion will not fix an unworkable situation. But carers who are kinder to themselves report less
        exhaustion, and kindness towards yourself makes it easier to notice your limits, rest without guilt, and ask for
        the changes you need.
        """);
}
