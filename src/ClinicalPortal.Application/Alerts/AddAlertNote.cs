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

/// <summary>A note on the alert's timeline, in any state (a resolved alert too: later contacts belong to its record).</summary>
public sealed record AddAlertNote(Guid AlertId, string? Text) : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    public const int MaxLength = 4000;

    public static string AuditAction => "alert.note";
    public static string AuditResourceType => "Alert";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class AddAlertNoteValidator : AbstractValidator<AddAlertNote>
{
    public AddAlertNoteValidator() => RuleFor(x => x.Text).NotEmpty().FreeText(AddAlertNote.MaxLength);
}

public sealed class AddAlertNoteHandler(AlertAccess alerts, AlertReader reader, IHealthTextProtector text, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddAlertNote, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(AddAlertNote command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var added = alert.AddNote(text.Protect(command.Text!.Trim()), Actor.Person(user.UserId!.Value), clock.GetUtcNow());
        return added.IsSuccess ? await reader.ReadAsync(alert, ct) : added.Error!.OnFields((Alert.NoteRequired, "text"));
    }
}
