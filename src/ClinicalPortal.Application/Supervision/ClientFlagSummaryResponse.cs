using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// One client for a supervision meeting: the flags now (as caseload risk shows them) and the flag history, newest
/// first: each flag at the time it was or would have been raised. Figures only, never answers or free text.
/// </summary>
public sealed record ClientFlagSummaryResponse(
    Guid ClientId, string Name, Guid ClinicianId, CareTrack Track, DateTimeOffset AsOf,
    IReadOnlyList<FlagReasonResponse> Current, IReadOnlyList<FlagReasonResponse> History);
