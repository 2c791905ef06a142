using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// The reminder worker (system actor) queues, for one organisation, the day's digest of every active client who has
/// homework due today in their own time zone and whose local time has reached <see cref="LocalHour"/>: one outbox
/// e-mail per client and day (an organisation's lock and the dedup key make a second one impossible, on any instance,
/// after any restart).
/// </summary>
public sealed record QueueHomeworkDigests(int LocalHour) : ICommand<Result<int>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.digest_queue";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => [];
    public static IReadOnlyList<string> AllowedSystemActors => [SystemActors.Reminders];
}

public sealed class QueueHomeworkDigestsHandler(IPortalDbContext db, ITransactionLocks locks, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<QueueHomeworkDigests, Result<int>>
{
    public async ValueTask<Result<int>> Handle(QueueHomeworkDigests command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var now = clock.GetUtcNow();
        // One queueing at a time per organisation (any instance), so the check for an existing digest below holds.
        await locks.LockUntilCommitAsync($"homework-digest:{org}", ct);
        var utcDay = DateOnly.FromDateTime(now.UtcDateTime);
        var candidates = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.OrganizationId == org && t.State == HomeworkState.Pending && t.Date >= utcDay.AddDays(-1) && t.Date <= utcDay.AddDays(1))
            .Join(db.Clients.Where(c => c.Status == ClientStatus.Active), t => t.ClientId, c => c.Id, (t, c) => new { c.Id, c.TimeZone, t.Date })
            .Distinct()
            .ToListAsync(ct);
        var due = candidates
            .Select(c => (c.Id, c.Date, Local: TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(c.TimeZone))))
            .Where(c => DateOnly.FromDateTime(c.Local.DateTime) == c.Date && c.Local.Hour >= command.LocalHour)
            .Select(c => new HomeworkDigest(c.Id.Value, c.Date))
            .Distinct()
            .ToList();
        var keys = due.Select(d => HomeworkDigest.DedupKey(d.ClientId, d.Date)).ToList();
        var sent = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == HomeworkDigest.MessageType && keys.Contains(m.DedupKey!)).Select(m => m.DedupKey!).ToListAsync(ct);
        var queued = 0;
        foreach (var digest in due.Where(d => !sent.Contains(HomeworkDigest.DedupKey(d.ClientId, d.Date))))
        {
            db.OutboxMessages.Add(OutboxMessage.Create(
                org, HomeworkDigest.MessageType, JsonSerializer.Serialize(digest), now, HomeworkDigest.DedupKey(digest.ClientId, digest.Date)));
            queued++;
        }

        audit.Describe(new { queued, localHour = command.LocalHour });
        return queued;
    }
}
