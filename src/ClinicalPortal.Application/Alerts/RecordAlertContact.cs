using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// A contact with the client about the alert, made (<c>reached</c>) or tried: the channel and an optional note. Reaching
/// the client meets the first-contact deadline that the acknowledgement started; an attempt that did not reach them is
/// listed, and the deadline keeps running. An open alert is acknowledged by the same person first.
/// </summary>
public sealed record RecordAlertContact(Guid AlertId, string? Channel, bool? Reached, string? Note, int? ExpectedVersion = null)
    : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.contact";
    public static string AuditResourceType => "Alert";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class RecordAlertContactValidator : AbstractValidator<RecordAlertContact>
{
    public RecordAlertContactValidator()
    {
        RuleFor(x => x.Channel).NotEmpty().EnumName<RecordAlertContact, ContactChannel>();
        RuleFor(x => x.Reached).NotNull().WithMessage("'reached' is required: whether you reached the client.");
        RuleFor(x => x.Note).FreeText(AddAlertNote.MaxLength).When(x => x.Note is not null);
    }
}

public sealed class RecordAlertContactHandler(AlertAccess alerts, AlertReader reader, IHealthTextProtector text, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordAlertContact, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(RecordAlertContact command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var recorded = alert.RecordContact(
            Enum.Parse<ContactChannel>(command.Channel!), command.Reached!.Value,
            string.IsNullOrWhiteSpace(command.Note) ? null : text.Protect(command.Note.Trim()), user.UserId!.Value, clock.GetUtcNow(), command.ExpectedVersion);
        return recorded.IsSuccess ? await reader.ReadAsync(alert, ct) : await reader.RefusalAsync(alert, recorded.Error!, ct);
    }
}
