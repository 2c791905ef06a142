using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One module in a plan, at the version it was given (a later edit of the module does not change what the client
/// follows), with its frequency and span in the client's calendar. Its title is kept as given, for lists.
/// </summary>
public sealed class PracticePlanItem
{
    private PracticePlanItem()
    {
        ModuleTitle = string.Empty;
        DaysOfWeek = [];
    }

    public PracticePlanItemId Id { get; private set; }

    public PracticePlanId PlanId { get; private set; }

    /// <summary>1-based order in the plan.</summary>
    public int Position { get; private set; }

    public ModuleId ModuleId { get; private set; }

    public ModuleVersionId ModuleVersionId { get; private set; }

    public int ModuleVersion { get; private set; }

    public string ModuleTitle { get; private set; }

    public FrequencyKind FrequencyKind { get; private set; }

    public int? TimesPerWeek { get; private set; }

    /// <summary>Named weekdays (Monday first) or empty.</summary>
    public DayOfWeek[] DaysOfWeek { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    /// <summary>The frequency as validated when the plan was made (stored values are always valid).</summary>
    public PracticeFrequency Frequency => PracticeFrequency.Create(FrequencyKind, TimesPerWeek, DaysOfWeek).Value;

    internal static PracticePlanItem From(PracticePlanId plan, int position, PlanItemSpec spec) => new()
    {
        Id = PracticePlanItemId.New(),
        PlanId = plan,
        Position = position,
        ModuleId = spec.ModuleId,
        ModuleVersionId = spec.ModuleVersionId,
        ModuleVersion = spec.ModuleVersion,
        ModuleTitle = spec.ModuleTitle,
        FrequencyKind = spec.Frequency.Kind,
        TimesPerWeek = spec.Frequency.TimesPerWeek,
        DaysOfWeek = [.. spec.Frequency.DaysOfWeek],
        Start = spec.Start,
        End = spec.End,
    };
}
