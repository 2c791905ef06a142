using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// "I have it": the acknowledgement escalation stops (its pending deadline is cancelled, kept on record) and the tier's
/// first-contact and resolution deadlines start. Twice is a 409 by name. With <see cref="ExpectedVersion"/> (the pages
/// always send the version they showed) an alert that changed since is a 409 <c>alert.changed</c> with the current alert.
/// </summary>
public sealed record AcknowledgeAlert(Guid AlertId, int? ExpectedVersion = null) : ICommand<Result<AlertResponse>>, IAudited, IAuthorized
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
        var acknowledged = alert.Acknowledge(user.UserId!.Value, clock.GetUtcNow(), command.ExpectedVersion);
        return acknowledged.IsSuccess ? await reader.ReadAsync(alert, ct) : await reader.RefusalAsync(alert, acknowledged.Error!, ct);
    }
}
