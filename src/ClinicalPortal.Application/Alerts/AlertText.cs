namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The outbox payload of an alert's text message (rounds of Imminent alerts): the notification it goes with (ids only,
/// kept after delivery; the number is looked up when it is sent, so a number corrected meanwhile is the one used).
/// </summary>
public sealed record AlertText(Guid NotificationId)
{
    public const string MessageType = "alert.text";
}
