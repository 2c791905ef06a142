using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// E-mails a notification to its recipient: the tier and a link, nothing else (no name, no answers, no words of the
/// client's; Greenspace's practice). Not sent when it would be wrong by the time it goes out (the mail server was
/// down): the recipient was deactivated since, the alert was resolved, or it asked for an acknowledgement that has
/// been given since (the inbox entry stays either way). A missed first contact or resolution is sent while the alert is
/// acknowledged: that is when it applies. The payload holds ids only and is kept.
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
        var target = await db.Notifications.AsNoTracking()
            .Where(n => n.Id == id)
            .Join(db.Staff, n => n.RecipientUserId, s => s.Id, (n, s) => new { n, s.Email, s.DeactivatedAt })
            .Join(db.Alerts, x => x.n.AlertId, a => a.Id, (x, a) => new
            {
                x.n.AlertId, x.n.Tier, x.n.Missed, x.Email, x.DeactivatedAt,
                // A request for acknowledgement on an acknowledged alert was made before the acknowledgement (a new
                // trigger or a follow-up opens the alert again first), so no clocks of different instances are compared.
                Moot = a.Status == AlertStatus.Resolved || (a.Status != AlertStatus.Open && x.n.Missed == null),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null || target.DeactivatedAt is not null || target.Moot)
        {
            return;
        }

        var body =
            (target.Missed switch
            {
                AlertDeadlineKind.FirstContact => $"An alert of tier {target.Tier} was acknowledged, but nobody has recorded reaching the client in time.\n\n",
                AlertDeadlineKind.Resolution => $"An alert of tier {target.Tier} was acknowledged, but it has not been resolved in time.\n\n",
                _ => $"An alert of tier {target.Tier} needs your acknowledgement.\n\n",
            }) +
            $"Open it here (sign-in required):\n{links.Alert(target.AlertId)}\n\n" +
            "This message carries no client details. Acknowledge the alert in ClinicalPortal; replying to this e-mail does nothing.";
        await transport.SendAsync(new EmailMessage(target.Email, Subject, body), cancellationToken);
    }
}
