namespace ClinicalPortal.Domain.Notifications;

/// <summary>Where the text message of a notification stands (only rounds of Imminent alerts are texted).</summary>
public enum AlertTextState
{
    /// <summary>Waiting in the outbox for the SMS provider.</summary>
    Queued = 0,

    /// <summary>Handed to the SMS provider.</summary>
    Sent = 1,

    /// <summary>Not sent: the person has no phone number on file.</summary>
    NoPhone = 2,

    /// <summary>Not sent: by the time it could go, the alert no longer asked it (resolved, acknowledged) or the person had left.</summary>
    NotNeeded = 3,
}
