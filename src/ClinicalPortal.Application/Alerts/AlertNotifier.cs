using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Notifications;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Sends a round: for each person it reaches, an inbox notification and an e-mail through the outbox, both keyed by
/// (alert, round, recipient) so neither can exist twice, and for an Imminent alert a text message as well (the first
/// round and every later one: escalations, missed first contact or resolution); then the round joins the alert's
/// timeline with who it reached. Written in the transaction that changed the alert: the round is sent if and only if the change commits.
/// </summary>
public sealed class AlertNotifier(IPortalDbContext db, AlertRecipients recipients)
{
    public async Task<IReadOnlyList<UserId>> SendAsync(Alert alert, EscalationStep step, DateTimeOffset now, Actor actor, CancellationToken ct)
    {
        var people = await recipients.ResolveAsync(alert, step.Target, now, ct);
        foreach (var person in people)
        {
            var notification = Notification.Create(alert, step, person, now);
            db.Notifications.Add(notification);
            db.OutboxMessages.Add(OutboxMessage.Create(
                alert.OrganizationId, AlertEmail.MessageType, JsonSerializer.Serialize(new AlertEmail(notification.Id.Value)), now,
                dedupKey: $"alert:{alert.Id}:{step.Round}:{person}"));
            if (notification.IsTexted)
            {
                db.OutboxMessages.Add(OutboxMessage.Create(
                    alert.OrganizationId, AlertText.MessageType, JsonSerializer.Serialize(new AlertText(notification.Id.Value)), now,
                    dedupKey: $"alert-text:{alert.Id}:{step.Round}:{person}"));
            }
        }

        alert.RecordNotified(step, people.Select(p => p.Value).ToList(), now, actor);
        return people;
    }
}
