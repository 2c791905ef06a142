using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>The client's clinician (or the administrator) has looked at a flagged task; the first review is kept.</summary>
public sealed record MarkHomeworkReviewed(Guid TaskId) : ICommand<Result<ReviewFlagResponse>>, IAudited, IAuthorized
{
    public const string NotFlagged = "homework.not_flagged";

    public static string AuditAction => "homework.review";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.RecordKeepers;
}

public sealed class MarkHomeworkReviewedHandler(IPortalDbContext db, ClientAccess access, ITransactionLocks locks, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<MarkHomeworkReviewed, Result<ReviewFlagResponse>>
{
    public async ValueTask<Result<ReviewFlagResponse>> Handle(MarkHomeworkReviewed command, CancellationToken ct)
    {
        var id = new HomeworkTaskId(command.TaskId);
        await locks.LockUntilCommitAsync($"homework-review:{id}", ct); // two reviewers at once: the first is kept
        var task = await db.HomeworkTasks.Where(t => t.Id == id && access.Reachable().Any(c => c.Id == t.ClientId)).FirstOrDefaultAsync(ct);
        if (task is null)
        {
            audit.Touch(id.ToString());
            return Error.NotFound("Homework task");
        }

        audit.Touch(id.ToString(), task.ClientId);
        if (task.ReviewFlaggedAt is null)
        {
            return Error.Conflict(MarkHomeworkReviewed.NotFlagged, "This task has no review flag.");
        }

        task.MarkReviewed(user.UserId!.Value, clock.GetUtcNow().ToStoredPrecision());
        return ReviewFlagResponse.Of(
            task.Id.Value, task.ClientId.Value, task.Date, task.ModuleId.Value, task.DistressBefore, task.DistressAfter, task.ReviewFlaggedAt.Value,
            task.ReviewedAt, task.ReviewedBy?.Value);
    }
}
