using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// A member of the care team raises an alert by hand (a worrying call, a session): the client's unresolved alert takes
/// it (raising its tier when higher), or a new alert starts escalating. The reason is kept on the timeline.
/// </summary>
public sealed record RaiseAlert(Guid ClientId, string? Tier, string? Reason) : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    public const int MaxReasonLength = 2000;

    public static string AuditAction => "alert.raise_by_staff";
    public static string AuditResourceType => "Alert";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class RaiseAlertValidator : AbstractValidator<RaiseAlert>
{
    public RaiseAlertValidator()
    {
        RuleFor(x => x.Tier).NotEmpty().EnumName<RaiseAlert, RiskTier>();
        RuleFor(x => x.Reason).NotEmpty().FreeText(RaiseAlert.MaxReasonLength);
    }
}

public sealed class RaiseAlertHandler(
    ClientAccess access, AlertWorkflow workflow, AlertReader reader, IHealthTextProtector text, ICurrentUser user, AuditScope audit)
    : ICommandHandler<RaiseAlert, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(RaiseAlert command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (found.Value.CheckActive() is { } discharged)
        {
            return discharged;
        }

        var trigger = new AlertTrigger(AlertSource.Clinician, Enum.Parse<RiskTier>(command.Tier!), null, [], text.Protect(command.Reason!.Trim()));
        var alert = await workflow.TriggerAsync(found.Value.Id, trigger, Actor.Person(user.UserId!.Value), ct);
        audit.Touch(alert.Id.ToString(), alert.ClientId);
        return await reader.ReadAsync(alert, ct);
    }
}
