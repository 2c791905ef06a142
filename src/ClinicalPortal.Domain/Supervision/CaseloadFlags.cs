namespace ClinicalPortal.Domain.Supervision;

/// <summary>The wire codes of <see cref="CaseloadFlag"/>: stable, snake case, what a filter names.</summary>
public static class CaseloadFlags
{
    private static readonly Dictionary<CaseloadFlag, string> Codes = new()
    {
        [CaseloadFlag.Deterioration] = "deterioration",
        [CaseloadFlag.NotImproving] = "not_improving",
        [CaseloadFlag.BurnoutRising] = "burnout_rising",
        [CaseloadFlag.HomeworkOverdue] = "homework_overdue",
        [CaseloadFlag.AlertOpen] = "alert_open",
        [CaseloadFlag.AlertLate] = "alert_late",
        [CaseloadFlag.AlertWithoutSafetyPlan] = "alert_no_safety_plan",
        [CaseloadFlag.MeasuresOverdue] = "measures_overdue",
        [CaseloadFlag.Item9Positive] = "item9_positive",
    };

    public static IReadOnlyCollection<string> All => Codes.Values;

    public static string Code(CaseloadFlag flag) => Codes[flag];

    public static CaseloadFlag? Parse(string? code) =>
        Codes.FirstOrDefault(c => string.Equals(c.Value, code, StringComparison.Ordinal)) is { Value: not null } found ? found.Key : null;
}
