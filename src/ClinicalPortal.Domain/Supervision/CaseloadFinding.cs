using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Supervision;

/// <summary>
/// One reason a client is flagged, as structured data: which rule, on which instrument and scale (null: the total),
/// the scores compared, when the later one was taken (<paramref name="Since"/>: the earlier), for homework the tasks done
/// of those due, for an alert its tier. Never item answers, never free text.
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
    int? Due = null,
    RiskTier? Tier = null,
    decimal? Earlier = null,
    bool? CriterionVerified = null);
