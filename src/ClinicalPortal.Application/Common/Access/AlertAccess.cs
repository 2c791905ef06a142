using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Common.Access;

/// <summary>
/// Which alerts a caller reaches, in one place: an administrator the organisation's; a clinician or supervisor those of
/// the clients they reach (<see cref="ClientAccess"/>: own caseload, a supervisor's team) and every alert they were
/// notified of (escalated to them, on call); a system actor its organisation's. Clients reach none (they raise them).
/// Anything else is 404, so an alert's existence does not leak.
/// </summary>
public sealed class AlertAccess(IPortalDbContext db, ICurrentUser user, ClientAccess clients, ITransactionLocks locks, AuditScope audit)
{
    public static readonly Error NotFound = Error.NotFound("Alert");

    public IQueryable<Alert> Reachable()
    {
        if (user.OrganizationId is not { } org)
        {
            return db.Alerts.Where(_ => false);
        }

        var inOrganization = db.Alerts.Where(a => a.OrganizationId == org);
        if (user.SystemActor is not null || (user.Role == Role.OrgAdmin && user.UserId is not null))
        {
            return inOrganization;
        }

        if (user.UserId is not { } me || user.Role is not (Role.Clinician or Role.Supervisor))
        {
            return db.Alerts.Where(_ => false);
        }

        var reachable = clients.Reachable();
        return inOrganization.Where(a =>
            reachable.Any(c => c.Id == a.ClientId) || db.Notifications.Any(n => n.AlertId == a.Id && n.RecipientUserId == me));
    }

    /// <summary>
    /// The alert, tracked, with its pending deadlines, for a change: reach is checked first (404 outside it), then the
    /// alert's lock is taken (every change to one alert, a person's or the escalation worker's, runs one at a time on
    /// any instance), then it is read. The audit event names the alert and its client.
    /// </summary>
    public async Task<Result<Alert>> FindForChangeAsync(Guid alertId, CancellationToken ct)
    {
        var id = new AlertId(alertId);
        audit.Touch(id.ToString());
        var client = await Reachable().Where(a => a.Id == id).Select(a => (ClientId?)a.ClientId).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return NotFound;
        }

        audit.Touch(id.ToString(), client);
        return await LoadLockedAsync(db, locks, id, ct);
    }

    /// <summary>Takes the alert's lock and reads it with its pending deadlines (for callers that already checked reach).</summary>
    public static async Task<Alert> LoadLockedAsync(IPortalDbContext db, ITransactionLocks locks, AlertId id, CancellationToken ct)
    {
        await locks.LockUntilCommitAsync(LockKey(id), ct);
        return await db.Alerts
            .Include(a => a.Deadlines.Where(d => d.FiredAt == null && d.CancelledAt == null))
            .FirstAsync(a => a.Id == id, ct);
    }

    public static string LockKey(AlertId id) => $"alert:{id}";

    /// <summary>Taken before the alert's own lock by whoever raises or adds to a client's alert (always in that order).</summary>
    public static string ClientLockKey(ClientId id) => $"alert-client:{id}";
}
