namespace ClinicalPortal.Domain.Alerts;

/// <summary>Where an alert is in its workflow. An alert is never deleted; a resolved one stays on record.</summary>
public enum AlertStatus
{
    /// <summary>Raised (or reopened) and not yet acknowledged: its deadline escalates.</summary>
    Open = 0,

    /// <summary>A member of staff has taken it on; no escalation runs (a follow-up may be scheduled).</summary>
    Acknowledged = 1,

    /// <summary>Closed with a disposition and a note.</summary>
    Resolved = 2,

    /// <summary>
    /// A High or Imminent alert proposed closed as a false positive: a second member of staff must co-sign it; until
    /// then it is worked like an acknowledged alert and its deadlines keep running.
    /// </summary>
    AwaitingCosign = 3,
}
