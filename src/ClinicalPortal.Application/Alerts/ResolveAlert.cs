using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// Closes the alert with a disposition and a note (Joint Commission NPSG 15.01.01: document the risk, the plan and the
/// follow-up). <c>UnableToReach</c> needs <c>followUpAt</c>: the alert stays acknowledged and opens again then unless it
/// was resolved meanwhile. An open alert is acknowledged by the same person first.
/// </summary>
public sealed record ResolveAlert(Guid AlertId, string? Disposition, string? Note, string? FollowUpAt)
    : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    /// <summary>A follow-up further out than this is not a follow-up.</summary>
    public const int MaxFollowUpDays = 90;

    public static string AuditAction => "alert.resolve";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ResolveAlertValidator : AbstractValidator<ResolveAlert>
{
    public ResolveAlertValidator(TimeProvider clock)
    {
        RuleFor(x => x.Disposition).NotEmpty().EnumName<ResolveAlert, Disposition>();
        RuleFor(x => x.Note).NotEmpty().FreeText(AddAlertNote.MaxLength);
        RuleFor(x => x.FollowUpAt).NotEmpty().When(x => x.Disposition == nameof(Disposition.UnableToReach))
            .WithMessage("'followUpAt' is required when the client could not be reached: when to try again.");
        RuleFor(x => x.FollowUpAt).Must(Rules.IsInstant).When(x => x.FollowUpAt is not null)
            .WithMessage("'followUpAt' must be an ISO 8601 instant with an offset, e.g. 2026-12-02T09:00:00Z.")
            .Must(v => Rules.ParseInstant(v) is { } at && at > clock.GetUtcNow() && at <= clock.GetUtcNow().AddDays(ResolveAlert.MaxFollowUpDays))
            .When(x => x.FollowUpAt is not null)
            .WithMessage($"'followUpAt' must be in the future, at most {ResolveAlert.MaxFollowUpDays} days ahead.");
        RuleFor(x => x.FollowUpAt).Null().When(x => x.Disposition is not null && x.Disposition != nameof(Disposition.UnableToReach))
            .WithMessage("'followUpAt' applies to UnableToReach only.");
    }
}

public sealed class ResolveAlertHandler(AlertAccess alerts, AlertReader reader, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ResolveAlert, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(ResolveAlert command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var resolved = alert.Resolve(
            Enum.Parse<Disposition>(command.Disposition!), command.Note!, Rules.ParseInstant(command.FollowUpAt), user.UserId!.Value,
            clock.GetUtcNow());
        return resolved.IsSuccess
            ? await reader.ReadAsync(alert, ct)
            : resolved.Error!.OnFields(
                (Alert.NoteRequired, "note"), (Alert.FollowUpRequired, "followUpAt"), (Alert.FollowUpInPast, "followUpAt"));
    }
}
