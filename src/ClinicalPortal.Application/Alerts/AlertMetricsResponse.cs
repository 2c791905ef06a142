namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Alerts raised in [from, to) that the caller reaches: counts per tier; time to the first acknowledgement and to
/// resolution; deadlines missed (escalation deadlines that fired because nobody acknowledged in time); per clinician.
/// </summary>
public sealed record AlertMetricsResponse(
    DateTimeOffset From,
    DateTimeOffset To,
    int Raised,
    IReadOnlyDictionary<string, int> RaisedByTier,
    DurationStats TimeToAcknowledge,
    DurationStats TimeToResolve,
    int DeadlinesMissed,
    int Unresolved,
    IReadOnlyList<ClinicianAlertMetrics> PerClinician);
