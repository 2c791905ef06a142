namespace ClinicalPortal.Application.Practice;

/// <summary>
/// Adherence over a range: completion (done of done + skipped + missed; tasks still due are not counted), streaks of
/// days with every task done, and the mean distress change (before minus after: positive means practice helped) per
/// module and per component, each with the number of completions behind it.
/// </summary>
public sealed record AdherenceResponse(
    Guid ClientId, DateOnly From, DateOnly To, CompletionResponse Overall, int CurrentStreak, int LongestStreak,
    IReadOnlyList<ModuleAdherenceResponse> Modules, IReadOnlyList<ComponentAdherenceResponse> Components);
