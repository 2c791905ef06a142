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

    /// <summary>When the built-in modules' version 1 was written (fixed, so a seed is the same everywhere).</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The built-in modules, in the order the library shows them. Shared instances: read them, never track them.</summary>
    public static IReadOnlyList<Module> All { get; } = Create();

    /// <summary>
    /// A fresh copy of the built-in modules (same ids and content as <see cref="All"/>), for code that must own its
    /// instances, e.g. a seed that adds them to a unit of work.
    /// </summary>
    public static IReadOnlyList<Module> Create() =>
    [
        Module.Builtin(FriendLetter, KindnessModules.FriendLetter, CreatedAt),
        Module.Builtin(CommonHumanity, GuidedPractices.CommonHumanity, CreatedAt),
        Module.Builtin(MistakeAsGrowth, KindnessModules.MistakeAsGrowth, CreatedAt),
        Module.Builtin(DailyJournal, KindnessModules.DailyJournal, CreatedAt),
        Module.Builtin(SelfCompassionBreak, GuidedPractices.SelfCompassionBreak, CreatedAt),
        Module.Builtin(LovingKindness, GuidedPractices.LovingKindness, CreatedAt),
        Module.Builtin(BodyAndIllness, TrackModules.BodyAndIllness, CreatedAt),
        Module.Builtin(BurnoutBoundaries, TrackModules.BurnoutBoundaries, CreatedAt),
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
}
