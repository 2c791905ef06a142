namespace ClinicalPortal.Application.Reports;

/// <summary>
/// One alert as the report lists it: when it was raised (client's zone) and by what, its highest tier, how long until
/// the first acknowledgement and until resolution, how it was closed, who it escalated to, and its notes only when the
/// author ticked the alert for inclusion.
/// </summary>
public sealed record AlertSummary(
    Guid Id,
    DateTimeOffset RaisedAt,
    string Source,
    string Tier,
    string Status,
    TimeSpan? ToAcknowledge,
    TimeSpan? ToResolve,
    string? Disposition,
    IReadOnlyList<string> EscalatedTo,
    IReadOnlyList<string> Notes);
