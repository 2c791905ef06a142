namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// The caseload risk as of <see cref="AsOf"/>: every clinician in view with their figures, then one page of the flagged
/// clients (<see cref="FlaggedTotal"/> of them match the filters).
/// </summary>
public sealed record CaseloadRiskResponse(
    DateTimeOffset AsOf, IReadOnlyList<ClinicianRiskResponse> Clinicians, int FlaggedTotal, int Limit, int Offset,
    IReadOnlyList<FlaggedClientResponse> Clients);
