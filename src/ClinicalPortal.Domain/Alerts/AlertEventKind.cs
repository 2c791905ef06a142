namespace ClinicalPortal.Domain.Alerts;

/// <summary>One entry of an alert's timeline.</summary>
public enum AlertEventKind
{
    Raised = 0,
    TriggerAdded = 1,
    TierRaised = 2,
    Notified = 3,
    Escalated = 4,
    Acknowledged = 5,
    NoteAdded = 6,
    FollowUpScheduled = 7,
    Reopened = 8,
    Resolved = 9,

    /// <summary>A member of staff reached the client (the first contact a deadline waits for).</summary>
    ContactMade = 10,

    /// <summary>A member of staff tried to reach the client and could not.</summary>
    ContactAttempted = 11,

    /// <summary>Closing a High or Imminent alert as a false positive was proposed: it waits for a second person.</summary>
    CosignRequested = 12,

    /// <summary>A second member of staff co-signed the false positive: the alert is resolved.</summary>
    Cosigned = 13,
}
