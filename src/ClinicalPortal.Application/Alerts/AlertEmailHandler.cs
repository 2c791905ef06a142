using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// E-mails a notification to its recipient: the tier and a link, nothing else (no name, no answers, no words of the
/// client's; Greenspace's practice). Not sent when it would be wrong by the time it goes out (the mail server was
/// down): the recipient was deactivated since, or the alert is no longer open (acknowledged or resolved since this round;
/// the inbox entry stays either way). The payload holds ids only and is kept.
/// </summary>
public sealed class AlertEmailHandler(IPortalDbContext db, IEmailTransport transport, IPortalLinks links) : IOutboxHandler
{
    public const string Subject = "ClinicalPortal: an alert needs your acknowledgement";

    public string MessageType => AlertEmail.MessageType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public bool IsAvailable => transport.IsConfigured;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = new NotificationId(message.Read<AlertEmail>().NotificationId);
        var target = await db.Notifications.AsNoTracking()
            .Where(n => n.Id == id)
            .Join(db.Staff, n => n.RecipientUserId, s => s.Id, (n, s) => new { n, s.Email, s.DeactivatedAt })
            .Join(db.Alerts, x => x.n.AlertId, a => a.Id, (x, a) => new
            {
                x.n.AlertId, x.n.Tier, x.Email, x.DeactivatedAt,
                // Every notification of an acknowledged or resolved alert was made before that (a new trigger or a
                // follow-up opens the alert again first), so no clocks of different instances are compared.
                Moot = a.Status != AlertStatus.Open,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null || target.DeactivatedAt is not null || target.Moot)
        {
            return;
        }

        var body =
            $"An alert of tier {target.Tier} needs your acknowledgement.\n\n" +
            $"Open it here (sign-in required):\n{links.Alert(target.AlertId)}\n\n" +
            "This message carries no client details. Acknowledge the alert in ClinicalPortal; replying to this e-mail does nothing.";
        await transport.SendAsync(new EmailMessage(target.Email, Subject, body), cancellationToken);
    }
}
