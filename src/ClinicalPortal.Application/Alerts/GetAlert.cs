using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>One alert with its full timeline (raised, triggers, notified, escalated, acknowledged, notes, resolved: each with time and actor).</summary>
public sealed record GetAlert(Guid AlertId) : IQuery<Result<AlertResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "alert.read";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetAlertHandler(AlertAccess access, AlertReader reader, AuditScope audit) : IQueryHandler<GetAlert, Result<AlertResponse>>
{
    public async ValueTask<Result<AlertResponse>> Handle(GetAlert query, CancellationToken ct)
    {
        var id = new AlertId(query.AlertId);
        audit.Touch(id.ToString());
        var alert = await access.Reachable().AsNoTracking()
            .Include(a => a.Deadlines.Where(d => d.FiredAt == null && d.CancelledAt == null))
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
        {
            return AlertAccess.NotFound;
        }

        audit.Touch(id.ToString(), alert.ClientId);
        return await reader.ReadAsync(alert, ct);
    }
}
