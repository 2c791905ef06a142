using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Alerts;

/// <summary>"I have it": stops the escalation (its pending deadline is cancelled, kept on record). Twice is a 409 by name.</summary>
public sealed record AcknowledgeAlert(Guid AlertId) : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.acknowledge";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class AcknowledgeAlertHandler(AlertAccess alerts, AlertReader reader, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcknowledgeAlert, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(AcknowledgeAlert command, CancellationToken ct)
    {
        var found = await alerts.FindForChangeAsync(command.AlertId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var alert = found.Value;
        var acknowledged = alert.Acknowledge(user.UserId!.Value, clock.GetUtcNow());
        return acknowledged.IsSuccess ? await reader.ReadAsync(alert, ct) : acknowledged.Error!;
    }
}
