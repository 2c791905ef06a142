namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of a report request. Every field is optional: the period defaults to the 12 weeks to today (client's calendar),
/// the audience to clinician; reflections (homework task ids) and alert notes (alert ids) appear only when listed here.
/// </summary>
public sealed record ProgressReportRequest(
    string? From, string? To, string? Audience, IReadOnlyList<Guid>? IncludeReflectionIds, IReadOnlyList<Guid>? IncludeAlertNoteIds);
