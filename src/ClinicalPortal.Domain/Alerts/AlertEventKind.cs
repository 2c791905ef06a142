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
}
