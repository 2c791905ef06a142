using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

/// <summary>The client's latest safety plan (404 until their clinician has written one).</summary>
public sealed record GetMySafetyPlan : IQuery<Result<SafetyPlanResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "safety_plan.read";
    public static string AuditResourceType => "SafetyPlan";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetMySafetyPlanHandler(IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit)
    : IQueryHandler<GetMySafetyPlan, Result<SafetyPlanResponse>>
{
    public async ValueTask<Result<SafetyPlanResponse>> Handle(GetMySafetyPlan query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } id)
        {
            return ClientAccess.NotFound;
        }

        var plan = await SafetyPlans.LatestAsync(db, id, ct);
        if (plan is null)
        {
            return Error.NotFound("Safety plan");
        }

        audit.Touch(plan.Id.ToString(), id);
        return SafetyPlanResponse.From(plan, text);
    }
}
