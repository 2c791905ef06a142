using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Where every trigger lands (a risk answer, "I need help now", a clinician, the backlog of stored risk answers):
/// in the transaction that stores the trigger, the client's unresolved alert takes it, or a new alert is raised with
/// the organisation's current policy; whoever the alert's next round names is notified in the same transaction. One
/// unresolved alert per client: the client's lock serialises triggers on every instance, and a unique index holds the
/// rule even without it. The raise (or addition) gets an audit event of its own, beside the request's.
/// </summary>
public sealed class AlertWorkflow(IPortalDbContext db, ITransactionLocks locks, AlertNotifier notifier, AuditEntries entries, TimeProvider clock)
{
    public const string RaiseAction = "alert.raise";
    public const string TriggerAction = "alert.trigger";

    public async Task<Alert> TriggerAsync(ClientId clientId, AlertTrigger trigger, Actor actor, CancellationToken ct)
    {
        await locks.LockUntilCommitAsync(AlertAccess.ClientLockKey(clientId), ct);
        var openId = await db.Alerts.Where(a => a.ClientId == clientId && a.Status != AlertStatus.Resolved)
            .Select(a => (AlertId?)a.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        Alert? alert = null;
        EscalationStep? step = null;
        string action = TriggerAction;
        if (openId is { } id)
        {
            // Client lock, then alert lock: the order every trigger takes, so two never wait on each other. A resolve
            // (alert lock only) may have committed between the read above and the lock: then this trigger opens a new alert.
            var open = await AlertAccess.LoadLockedAsync(db, locks, id, ct);
            var added = open.AddTrigger(trigger, now, actor);
            if (added.IsSuccess)
            {
                (alert, step) = (open, added.Value); // refused only when resolved, before changing anything
            }
        }

        if (alert is null)
        {
            var care = await db.Clients.Where(c => c.Id == clientId)
                .Select(c => new
                {
                    c.OrganizationId,
                    c.ClinicianId,
                    Policy = db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.EscalationPolicy).First(),
                })
                .FirstAsync(ct);
            (alert, step) = Alert.Raise(care.OrganizationId, clientId, care.ClinicianId, trigger, care.Policy, now, actor);
            db.Alerts.Add(alert);
            action = RaiseAction;
        }

        var round = step?.Round;
        if (step is not null)
        {
            await notifier.SendAsync(alert, step, now, actor, ct);
        }

        db.AuditEvents.Add(AuditEvent.Record(entries.Create(action, AuditOutcome.Success, action == RaiseAction ? 201 : 200, "Alert") with
        {
            ResourceId = alert.Id.ToString(),
            SubjectClientId = clientId,
            Details = System.Text.Json.JsonSerializer.Serialize(new { tier = alert.Tier.ToString(), source = trigger.Source.ToString(), round }, Json),
        }, now));
        return alert;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);
}
