using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>Reads a client's homework (cancelled tasks are history, not homework) and turns tasks into responses.</summary>
public static class HomeworkRows
{
    /// <summary>Longest range one read covers.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>One of the client's own tasks with its plan item, and the client's time zone and status.</summary>
    public sealed record OwnTask(HomeworkTask Task, PracticePlanItem Item, string TimeZone, ClientStatus Status);

    /// <summary>The client's own task <paramref name="id"/> (none when it is anyone else's), read from <paramref name="tasks"/> (tracked or not).</summary>
    public static IQueryable<OwnTask> Own(IPortalDbContext db, IQueryable<HomeworkTask> tasks, ClientId client, HomeworkTaskId id) =>
        tasks.Where(t => t.Id == id && t.ClientId == client)
            .Join(db.PracticePlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t, i })
            .Join(db.Clients, x => x.t.ClientId, c => c.Id, (x, c) => new OwnTask(x.t, x.i, c.TimeZone, c.Status));

    public static async Task<List<(HomeworkTask Task, PracticePlanItem Item)>> InRangeAsync(
        IPortalDbContext db, ClientId client, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ClientId == client && t.Date >= from && t.Date <= to && t.State != HomeworkState.Cancelled)
            .Join(db.PracticePlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t, i })
            .OrderBy(x => x.t.Date).ThenBy(x => x.t.Position).ThenBy(x => x.t.Id)
            .ToListAsync(ct))
        .Select(x => (x.t, x.i)).ToList();

    public static HomeworkTaskResponse Respond(
        HomeworkTask task, PracticePlanItem item, TimeZoneInfo zone, DateTimeOffset now, IHealthTextProtector? text, bool withheld = false) =>
        new(task.Id.Value, task.Date, task.StatusAt(zone, now).ToString(), task.ModuleId.Value, item.ModuleTitle, item.ModuleVersion,
            task.ModuleVersionId.Value, task.PlanId.Value, task.Late, task.RecordedAt, task.DistressBefore, task.DistressAfter,
            task.ReviewFlaggedAt is not null, task.ReviewedAt is not null,
            text is null || task.ResponsesProtected is null ? null
                : JsonSerializer.Deserialize<List<StoredStepResponse>>(text.Unprotect(task.ResponsesProtected), StepResponses.Json),
            text is null || task.ReflectionProtected is null ? null : text.Unprotect(task.ReflectionProtected),
            text is null || task.SkipReasonProtected is null ? null : text.Unprotect(task.SkipReasonProtected),
            withheld && (task.ResponsesProtected ?? task.ReflectionProtected ?? task.SkipReasonProtected) is not null)
        {
            CanRecord = task.OpenAt(zone, now),
        };
}
