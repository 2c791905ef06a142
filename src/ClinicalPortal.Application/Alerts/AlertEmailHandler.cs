using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// E-mails a notification to its recipient: the tier and a link, nothing else (no name, no answers, no words of the
/// client's; Greenspace's practice). Not sent when it would be wrong by the time it goes out (the mail server was
/// down; <see cref="AlertNotificationTarget.Moot"/>, the same rule as the text's). The payload holds ids only and is kept.
/// </summary>
public sealed class AlertEmailHandler(IPortalDbContext db, IEmailTransport transport, IPortalLinks links) : IOutboxHandler
{
    public const string Subject = "ClinicalPortal: an alert needs your attention";

    public string MessageType => AlertEmail.MessageType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public bool IsAvailable => transport.IsConfigured;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = new NotificationId(message.Read<AlertEmail>().NotificationId);
        var target = await AlertNotificationTarget.FindAsync(db, id, cancellationToken);
        if (target is null || target.Moot)
        {
            return;
        }

        var body =
            $"{target.Ask}\n\n" +
            $"Open it here (sign-in required):\n{links.Alert(target.AlertId)}\n\n" +
            "This message carries no client details. Acknowledge the alert in ClinicalPortal; replying to this e-mail does nothing.";
        await transport.SendAsync(new EmailMessage(target.Email, Subject, body), cancellationToken);
    }
}
