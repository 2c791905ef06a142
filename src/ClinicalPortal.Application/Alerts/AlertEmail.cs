namespace ClinicalPortal.Application.Alerts;

/// <summary>The outbox payload of an alert e-mail: the notification it announces (ids only, kept after delivery as the record of who was told).</summary>
public sealed record AlertEmail(Guid NotificationId)
{
    public const string MessageType = "alert.email";
}
