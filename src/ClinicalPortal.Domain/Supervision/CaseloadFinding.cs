namespace ClinicalPortal.Domain.Supervision;

/// <summary>
/// One reason a client is flagged, as structured data: which rule, on which instrument and scale (null: the total),
/// the scores compared, when the later one was taken, and for homework the tasks done of those due. Never item answers.
/// </summary>
public sealed record CaseloadFinding(
    CaseloadFlag Flag,
    string? Instrument = null,
    string? Scale = null,
    decimal? From = null,
    decimal? To = null,
    DateTimeOffset? At = null,
    DateTimeOffset? Since = null,
    int? Done = null,
    int? Due = null);
