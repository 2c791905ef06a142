using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// The client records a task done: step answers checked against the module version the task follows, distress before
/// and after (0-10), a reflection. Late when the task's day had closed. A rating of 9 or 10 flags the task for the
/// clinician's review (not a crisis alert) and the answer carries the client's crisis lines.
/// </summary>
public sealed record CompleteHomework(
    Guid TaskId, IReadOnlyList<StepResponseInput?>? Responses, int? DistressBefore, int? DistressAfter, string? Reflection, string? IdempotencyKey)
    : ICommand<Result<HomeworkTaskResponse>>, IAudited, IAuthorized
{
    public const int MaxReflectionLength = 10_000;

    public static string AuditAction => "homework.complete";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class CompleteHomeworkValidator : AbstractValidator<CompleteHomework>
{
    public CompleteHomeworkValidator()
    {
        RuleFor(x => x.Responses).Must(r => r is null || r.Count <= ModuleStep.MaxItems * 2).WithMessage("'responses' has more answers than a module has steps.");
        RuleFor(x => x.DistressBefore).InclusiveBetween(0, 10).When(x => x.DistressBefore is not null);
        RuleFor(x => x.DistressAfter).InclusiveBetween(0, 10).When(x => x.DistressAfter is not null);
        RuleFor(x => x.Reflection).FreeText(CompleteHomework.MaxReflectionLength);
        RuleFor(x => x.IdempotencyKey).IdempotencyKeyHeader();
    }
}

public sealed class CompleteHomeworkHandler(IPortalDbContext db, RecordHomework record, ICurrentUser user, AuditScope audit)
    : ICommandHandler<CompleteHomework, Result<HomeworkTaskResponse>>
{
    public async ValueTask<Result<HomeworkTaskResponse>> Handle(CompleteHomework command, CancellationToken ct)
    {
        var content = new
        {
            responses = (command.Responses ?? []).Select(r => r is null ? null : new { r.StepId, r.Text, r.Rating, Checked = r.Checked is { } c ? System.Text.Json.JsonSerializer.Serialize(c) : null }),
            command.DistressBefore, command.DistressAfter, reflection = command.Reflection?.Trim(),
        };
        var hash = RecordHomework.Hash(content);
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
        var module = await db.ModuleVersions.AsNoTracking().Where(v => v.Id == target.Task.ModuleVersionId).Select(v => v.Content).FirstAsync(ct);
        var (answers, errors) = StepResponses.Check(module, command.Responses ?? []);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        var done = target.Task.Complete(
            target.Calendar.Zone, command.DistressBefore, command.DistressAfter, answers.Count == 0 ? null : record.ProtectJson(answers),
            record.Protect(command.Reflection), command.IdempotencyKey, hash, user.UserId!.Value, target.Now);
        if (!done.IsSuccess)
        {
            return done.Error!.OnFields((HomeworkTask.DistressOutOfRange, "distressBefore"));
        }

        audit.Describe(new { late = target.Task.Late, reviewFlagged = target.Task.ReviewFlaggedAt is not null, steps = answers.Count });
        return await record.RespondAsync(target, ct);
    }
}
