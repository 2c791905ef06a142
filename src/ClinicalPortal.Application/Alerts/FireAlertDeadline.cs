using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The escalation worker fires a due deadline (system actor only): under the alert's lock, the next round goes to the
/// supervisor, on-call or everyone, with the next deadline; or a follow-up opens the alert again; or, when the alert
/// was acknowledged or resolved meanwhile, the deadline is cancelled and nobody is told. A deadline that already fired
/// (another instance was first) changes nothing: each fires once.
/// </summary>
public sealed record FireAlertDeadline(Guid DeadlineId) : ICommand<Result<FiredDeadline>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.deadline_fire";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => [];
    public static IReadOnlyList<string> AllowedSystemActors => [SystemActors.Escalation];
}

public sealed class FireAlertDeadlineHandler(
    IPortalDbContext db, ITransactionLocks locks, AlertNotifier notifier, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<FireAlertDeadline, Result<FiredDeadline>>
{
    public async ValueTask<Result<FiredDeadline>> Handle(FireAlertDeadline command, CancellationToken ct)
    {
        var id = new AlertDeadlineId(command.DeadlineId);
        var org = user.OrganizationId!.Value;
        var target = await db.AlertDeadlines.AsNoTracking()
            .Where(d => d.Id == id && d.OrganizationId == org)
            .Join(db.Alerts, d => d.AlertId, a => a.Id, (d, a) => new { d.AlertId, a.ClientId })
            .FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return Error.NotFound("Deadline");
        }

        audit.Touch(target.AlertId.ToString(), target.ClientId);
        var alert = await AlertAccess.LoadLockedAsync(db, locks, target.AlertId, ct);
        var deadline = alert.Deadlines.FirstOrDefault(d => d.Id == id);
        var now = clock.GetUtcNow();
        if (deadline is null)
        {
            // Fired or cancelled before this run took the lock: nothing to do, and nobody is told twice.
            audit.Describe(new { deadline = command.DeadlineId, outcome = "already_done" });
            return new FiredDeadline(false, null, 0, TimeSpan.Zero);
        }

        var lateness = now - deadline.DueAt;
        var step = alert.Fire(deadline, now, Actor.Of(user.SystemActor!));
        var reached = step is null ? [] : await notifier.SendAsync(alert, step, now, Actor.Of(user.SystemActor!), ct);
        audit.Describe(new
        {
            deadline = command.DeadlineId,
            kind = deadline.Kind.ToString(),
            outcome = step is null ? "cancelled" : "fired",
            round = step?.Round,
            target = step?.Target.ToString(),
            recipients = reached.Count,
            latenessMs = (long)lateness.TotalMilliseconds,
        });
        return new FiredDeadline(step is not null, step?.Round, reached.Count, lateness);
    }
}
