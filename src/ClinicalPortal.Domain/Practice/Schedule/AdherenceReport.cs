namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// A client's homework adherence (see <see cref="Adherence.Compute"/>): completion overall and per module, the
/// mean change in distress per module and per compassion component, and the current and longest streaks.
/// </summary>
public sealed record AdherenceReport(
    CompletionRate Overall,
    IReadOnlyList<ModuleAdherence> PerModule,
    IReadOnlyList<ComponentAdherence> PerComponent,
    int CurrentStreak,
    int LongestStreak);
