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
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The second person's agreement that a High or Imminent alert was a false positive: the alert is resolved. A
/// supervisor, an administrator, or someone on call (the alert's on-call list, or the rota at this hour) may co-sign;
/// never the person who proposed it.
/// <c>expectedVersion</c> is required, as for a resolution. Anyone else who reaches the alert gets a 403 by name.
/// </summary>
public sealed record CosignAlert(Guid AlertId, string? Note, int? ExpectedVersion) : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    public const string NotACosigner = "alert.not_a_cosigner";

    public static string AuditAction => "alert.cosign";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class CosignAlertValidator : AbstractValidator<CosignAlert>
{
    public CosignAlertValidator()
    {
        RuleFor(x => x.ExpectedVersion).NotNull()
            .WithMessage("'expectedVersion' is required: the version of the alert you decided on (its 'version').");
        RuleFor(x => x.Note).NotEmpty().FreeText(AddAlertNote.MaxLength);
    }
}

public sealed class CosignAlertHandler(
    IPortalDbContext db, AlertAccess alerts, AlertReader reader, IHealthTextProtector text, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CosignAlert, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(CosignAlert command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var me = user.UserId!.Value;
        var now = clock.GetUtcNow();
        var coverage = await db.Organizations.AsNoTracking().Where(o => o.Id == alert.OrganizationId).Select(o => o.Coverage).FirstAsync(ct);
        var onCall = alert.Policy.OnCallUserIds.Contains(me.Value) || (coverage?.OnCallAt(now).Contains(me.Value) ?? false);
        if (!Allowed.SupervisorsAndAdministrators.Contains(user.Role!.Value) && !onCall)
        {
            return new Error(ErrorKind.Forbidden, CosignAlert.NotACosigner,
                "A false positive is co-signed by a supervisor, an administrator or on-call staff.");
        }

        var cosigned = alert.Cosign(text.Protect(command.Note!.Trim()), me, now, command.ExpectedVersion);
        return cosigned.IsSuccess
            ? await reader.ReadAsync(alert, ct)
            : cosigned.Error!.Code == Alert.Changed
                ? await reader.RefusalAsync(alert, cosigned.Error, ct)
                : cosigned.Error.OnFields((Alert.NoteRequired, "note"));
    }
}
