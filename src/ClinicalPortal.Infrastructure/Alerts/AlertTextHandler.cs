using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Notifications;
using ClinicalPortal.Infrastructure.Hosting;

namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>
/// Texts a round of an Imminent alert to one person: the tier and the link, as the e-mail, never a name or an answer.
/// The number is read from the staff record when the text goes (decrypted here, never logged); no number on file, or
/// the text no longer needed (<see cref="AlertNotificationTarget.Moot"/>, the e-mail's rule), and nothing is sent. Each
/// outcome is recorded through an audited request (<see cref="RecordAlertText"/>). The outbox message's id is the
/// provider's idempotency key, so a retry after a lost answer never sends a second text. Waits, untried, while no SMS
/// provider is configured.
/// </summary>
public sealed class AlertTextHandler(IPortalDbContext db, SystemRequests requests, ISmsTransport transport, IHealthTextProtector text, IPortalLinks links)
    : IOutboxHandler
{
    public string MessageType => AlertText.MessageType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public bool IsAvailable => transport.IsConfigured;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.Read<AlertText>().NotificationId;
        var organization = message.OrganizationId ?? throw new InvalidOperationException("An alert.text message names its organisation.");
        var target = await AlertNotificationTarget.FindAsync(db, new NotificationId(id), cancellationToken);
        if (target is null)
        {
            return;
        }

        AlertTextState outcome;
        if (target.Moot)
        {
            outcome = AlertTextState.NotNeeded;
        }
        else if (target.PhoneProtected is null)
        {
            outcome = AlertTextState.NoPhone;
        }
        else
        {
            var body = $"ClinicalPortal: {target.Ask} Open it (sign-in required): {links.Alert(target.AlertId)} This text carries no client details.";
            await transport.SendAsync(new SmsMessage(text.Unprotect(target.PhoneProtected), body, message.Id.ToString()), cancellationToken);
            outcome = AlertTextState.Sent;
        }

        var recorded = await requests.SendAsync(
            SystemActors.AlertTexts, organization, $"outbox:{message.Id}", new RecordAlertText(id, outcome), cancellationToken);
        if (!recorded.IsSuccess)
        {
            throw new InvalidOperationException($"Recording an alert text was refused ({recorded.Error!.Code}).");
        }
    }
}
