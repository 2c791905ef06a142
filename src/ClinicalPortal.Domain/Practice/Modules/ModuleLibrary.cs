using System.Diagnostics.CodeAnalysis;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The built-in self-compassion modules every organisation can assign. Written for ClinicalPortal in our own words; the
/// facts they rest on are cited in each module's <see cref="ModuleContent.Sources"/>. Each trains one or more of Neff's
/// three components (Neff 2003, Self and Identity 2:85-101) and names the care tracks it suits; together they cover
/// every component and every track. Their ids derive from their keys (<see cref="Module.BuiltinId"/>), so a seed finds
/// the same rows on every instance.
/// </summary>
public static class ModuleLibrary
{
    public const string FriendLetter = "friend-letter";
    public const string CommonHumanity = "common-humanity";
    public const string MistakeAsGrowth = "mistake-as-growth";
    public const string DailyJournal = "daily-journal";
    public const string SelfCompassionBreak = "self-compassion-break";
    public const string LovingKindness = "loving-kindness";
    public const string BodyAndIllness = "body-and-illness";
    public const string BurnoutBoundaries = "burnout-boundaries";
    public const string Backdraft = "backdraft";
    public const string AffectionateBreathing = "affectionate-breathing";
    public const string SupportiveTouch = "supportive-touch";
    public const string CompassionateVoice = "compassionate-voice";
    public const string DifficultEmotions = "difficult-emotions";
    public const string WorkingWithShame = "working-with-shame";
    public const string GivingAndReceiving = "giving-and-receiving";
    public const string EquanimityForCarers = "equanimity-for-carers";
    public const string CoreValues = "core-values";
    public const string SavouringAndAppreciation = "savouring-and-appreciation";
    public const string ThreeSystems = "three-systems";
    public const string SoothingRhythmBreathing = "soothing-rhythm-breathing";
    public const string CompassionateSelf = "compassionate-self";
    public const string FearsOfCompassion = "fears-of-compassion";
    public const string PacingAndEnergy = "pacing-and-energy";
    public const string GriefForLostAbilities = "grief-for-lost-abilities";
    public const string FlarePlan = "flare-plan";
    public const string LivingWithUncertainty = "living-with-uncertainty";
    public const string EmpathicDistress = "empathic-distress";
    public const string MoralDistress = "moral-distress";

    /// <summary>When the built-in modules' version 1 was written (fixed, so a seed is the same everywhere).</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// When the safeguards were added (fixed, like <see cref="CreatedAt"/>): version 2 of the first eight modules and
    /// version 1 of the modules added with them.
    /// </summary>
    public static readonly DateTimeOffset SafeguardsAddedAt = new(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The built-in modules, in the order the library shows them. Shared instances: read them, never track them.</summary>
    public static IReadOnlyList<Module> All { get; } = Create();

    /// <summary>
    /// A fresh copy of the built-in modules (same ids and content as <see cref="All"/>), for code that must own its
    /// instances, e.g. a seed that adds them to a unit of work.
    /// </summary>
    public static IReadOnlyList<Module> Create() =>
    [
        Revised(FriendLetter, KindnessModules.FriendLetter, LibraryRevisions.FriendLetter),
        Revised(CommonHumanity, GuidedPractices.CommonHumanity, LibraryRevisions.CommonHumanity),
        Revised(MistakeAsGrowth, KindnessModules.MistakeAsGrowth, LibraryRevisions.MistakeAsGrowth),
        Revised(DailyJournal, KindnessModules.DailyJournal, LibraryRevisions.DailyJournal),
        Revised(SelfCompassionBreak, GuidedPractices.SelfCompassionBreak, LibraryRevisions.SelfCompassionBreak),
        Revised(LovingKindness, GuidedPractices.LovingKindness, LibraryRevisions.LovingKindness),
        Revised(BodyAndIllness, TrackModules.BodyAndIllness, LibraryRevisions.BodyAndIllness),
        Revised(BurnoutBoundaries, TrackModules.BurnoutBoundaries, LibraryRevisions.BurnoutBoundaries),
        Added(Backdraft, BackdraftModule.Content),
        Added(AffectionateBreathing, BodyPractices.AffectionateBreathing),
        Added(SupportiveTouch, BodyPractices.SupportiveTouch),
        Added(CompassionateVoice, VoiceAndValues.CompassionateVoice),
        Added(DifficultEmotions, BodyPractices.DifficultEmotions),
        Added(WorkingWithShame, VoiceAndValues.WorkingWithShame),
        Added(GivingAndReceiving, BodyPractices.GivingAndReceiving),
        Added(EquanimityForCarers, CarerModules.EquanimityForCarers),
        Added(CoreValues, VoiceAndValues.CoreValues),
        Added(SavouringAndAppreciation, VoiceAndValues.SavouringAndAppreciation),
        Added(ThreeSystems, CompassionFocusedModules.ThreeSystems),
        Added(SoothingRhythmBreathing, CompassionFocusedModules.SoothingRhythmBreathing),
        Added(CompassionateSelf, CompassionFocusedModules.CompassionateSelf),
        Added(FearsOfCompassion, CompassionFocusedModules.FearsOfCompassion),
        Added(PacingAndEnergy, ChronicIllnessModules.PacingAndEnergy),
        Added(GriefForLostAbilities, ChronicIllnessModules.GriefForLostAbilities),
        Added(FlarePlan, ChronicIllnessModules.FlarePlan),
        Added(LivingWithUncertainty, ChronicIllnessModules.LivingWithUncertainty),
        Added(EmpathicDistress, CarerModules.EmpathicDistress),
        Added(MoralDistress, CarerModules.MoralDistress),
    ];

    /// <summary>The built-in module with this key (ignoring case and surrounding spaces), or null.</summary>
    public static Module? Find(string? key) =>
        string.IsNullOrWhiteSpace(key)
            ? null
            : All.FirstOrDefault(m => string.Equals(m.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a built-in module by key, as <see cref="Find"/>.</summary>
    public static bool TryGet(string? key, [MaybeNullWhen(false)] out Module module)
    {
        module = Find(key);
        return module is not null;
    }

    /// <summary>One of the first eight modules: version 1 as first written, version 2 with its safeguards.</summary>
    private static Module Revised(string key, ModuleContent first, ModuleContent second) =>
        Module.Builtin(key, [(first, CreatedAt), (second, SafeguardsAddedAt)]);

    /// <summary>A module added with the safeguards: version 1.</summary>
    private static Module Added(string key, ModuleContent content) => Module.Builtin(key, content, SafeguardsAddedAt);
}
