using ClinicalPortal.Application.Practice;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Practice in the period: the plan's goals, adherence (completion per module, streaks, mean distress change with the
/// number of completions behind it) and only the reflections the author chose to include.
/// </summary>
public sealed record PracticeReport(string? Goals, AdherenceResponse Adherence, IReadOnlyList<ReflectionExcerpt> Reflections);
