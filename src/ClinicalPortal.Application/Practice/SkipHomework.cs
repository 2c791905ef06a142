using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Practice;

/// <summary>The client skips a task, with a reason (kept encrypted; their clinician sees it).</summary>
public sealed record SkipHomework(Guid TaskId, string? Reason, string? IdempotencyKey) : ICommand<Result<HomeworkTaskResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.skip";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class SkipHomeworkValidator : AbstractValidator<SkipHomework>
{
    public SkipHomeworkValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().FreeText(2000);
        RuleFor(x => x.IdempotencyKey).IdempotencyKeyHeader();
    }
}

public sealed class SkipHomeworkHandler(RecordHomework record, ICurrentUser user, AuditScope audit)
    : ICommandHandler<SkipHomework, Result<HomeworkTaskResponse>>
{
    public async ValueTask<Result<HomeworkTaskResponse>> Handle(SkipHomework command, CancellationToken ct)
    {
        var hash = RecordHomework.Hash(new { skip = command.Reason!.Trim() });
        var (found, replay) = await record.FindAsync(command.TaskId, command.IdempotencyKey, hash, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (replay is not null)
        {
            return replay;
        }

        var target = found.Value;
        var skipped = target.Task.Skip(target.Calendar.Zone, record.Protect(command.Reason)!, command.IdempotencyKey, hash, user.UserId!.Value, target.Now);
        if (!skipped.IsSuccess)
        {
            return skipped.Error!;
        }

        audit.Describe(new { late = target.Task.Late });
        return await record.RespondAsync(target, ct);
    }
}
