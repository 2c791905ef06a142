using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>The organisation's escalation policy: what new alerts start with (staff may read it; an administrator sets it).</summary>
public sealed record GetEscalationPolicy : IQuery<Result<EscalationPolicyResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "escalation_policy.read";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetEscalationPolicyHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<GetEscalationPolicy, Result<EscalationPolicyResponse>>
{
    public async ValueTask<Result<EscalationPolicyResponse>> Handle(GetEscalationPolicy query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var policy = await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.EscalationPolicy).FirstAsync(ct);
        return EscalationPolicyResponse.From(policy);
    }
}
