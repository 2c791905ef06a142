namespace ClinicalPortal.Application.Common.Actors;

/// <summary>The parts of the system that send audited requests of their own, by the name the audit trail records.</summary>
public static class SystemActors
{
    /// <summary>The escalation worker: fires due alert deadlines, raises alerts from stored risk answers.</summary>
    public const string Escalation = "system:escalation";

    /// <summary>The reminder worker: queues each client's daily homework digest.</summary>
    public const string Reminders = "system:reminders";

    /// <summary>The outbox's caring-contact handler: tells a client a check-in after a crisis is waiting.</summary>
    public const string CaringContacts = "system:caring-contacts";

    /// <summary>The outbox's alert-text handler: records what became of each text of an Imminent alert's round.</summary>
    public const string AlertTexts = "system:alert-texts";
}
