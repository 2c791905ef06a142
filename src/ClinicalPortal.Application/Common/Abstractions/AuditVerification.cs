namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// A chain check: the sealed events recomputed (<see cref="EventsChecked"/>), the first break if any, and how many
/// events are not sealed yet (<see cref="Unsealed"/>: written in the last seconds, not yet part of the chain).
/// </summary>
public sealed record AuditVerification(
    Guid? OrganizationId, long EventsChecked, bool Valid, long? BrokenAtSequence, long? BrokenEventId, string? Problem, long Unsealed);
