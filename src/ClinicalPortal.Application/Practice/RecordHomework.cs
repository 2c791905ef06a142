using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// What completing and skipping share: the client's own task (anyone else's is 404), one request at a time per task
/// (any instance), a retry with the same <c>Idempotency-Key</c> and body answered with what was recorded, the same
/// key with another body a 409, and a task already done or skipped a 409.
/// </summary>
public sealed class RecordHomework(
    IPortalDbContext db, ClientAccess access, ITransactionLocks locks, IHealthTextProtector text, CrisisResourceLookup crisis,
    AuditScope audit, TimeProvider clock)
{
    public const string KeyReused = "idempotency_key_reused";

    public sealed record Target(HomeworkTask Task, PracticePlanItem Item, ClientCalendar Calendar, DateTimeOffset Now);

    /// <summary>The task, locked and tracked, or an error; <paramref name="replay"/> is set when this request was already recorded.</summary>
    public async Task<(Result<Target> Target, HomeworkTaskResponse? Replay)> FindAsync(Guid taskId, string? key, string hash, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } me)
        {
            return (ClientAccess.NotFound, null);
        }

        var id = new HomeworkTaskId(taskId);
        audit.Touch(id.ToString(), me);
        // The client's practice lock, the one a plan change takes: a completion and a plan change never interleave (a
        // change cancels only what is still pending when it runs, and a completion sees a task the change cancelled).
        await locks.LockUntilCommitAsync(CreatePracticePlanHandler.LockKey(me), ct);
        var row = await HomeworkRows.Own(db, db.HomeworkTasks, me, id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return (Error.NotFound("Homework task"), null);
        }

        if (row.Status != ClientStatus.Active)
        {
            return (Error.Conflict(Client.Discharged, "The client has been discharged; no homework can be recorded."), null);
        }

        var now = clock.GetUtcNow();
        var target = new Target(row.Task, row.Item, ClientCalendar.Of(row.TimeZone, now), now);
        if (key is not null && row.Task.IdempotencyKey == key)
        {
            if (row.Task.RequestHash != hash)
            {
                return (Error.Conflict(KeyReused, "This Idempotency-Key was already used with a different request."), null);
            }

            audit.Describe(new { replayed = true });
            return (target, await RespondAsync(target, ct));
        }

        return (target, null);
    }

    public async Task<HomeworkTaskResponse> RespondAsync(Target target, CancellationToken ct)
    {
        var response = HomeworkRows.Respond(target.Task, target.Item, target.Calendar.Zone, target.Now, text);
        // A rating of 9 or 10 shows the crisis lines at once; a rise alone asks for the clinician's look (the page says why).
        return HomeworkTask.ReviewReasons(target.Task.DistressBefore, target.Task.DistressAfter).Contains(HomeworkReviewReason.HighDistress)
            ? response with { CrisisResources = await crisis.ForClientAsync(target.Task.ClientId, CrisisLines.AnswersNotMonitored, ct) }
            : response;
    }

    public string? Protect(string? value) => string.IsNullOrWhiteSpace(value) ? null : text.Protect(value.Trim());

    public string ProtectJson<T>(T value) => text.Protect(JsonSerializer.Serialize(value, StepResponses.Json));

    /// <summary>What makes two requests "the same": their content, not the JSON layout.</summary>
    public static string Hash<T>(T content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content, StepResponses.Json))));
}
