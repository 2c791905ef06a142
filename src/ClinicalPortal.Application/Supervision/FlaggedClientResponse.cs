using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Application.Supervision;

/// <summary>A flagged client: who, whose caseload, which track, how many different flags, and every reason.</summary>
public sealed record FlaggedClientResponse(
    Guid ClientId, string Name, Guid ClinicianId, CareTrack Track, int FlagCount, IReadOnlyList<FlagReasonResponse> Reasons);
