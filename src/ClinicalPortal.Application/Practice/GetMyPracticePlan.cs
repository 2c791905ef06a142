using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>The client's active practice plan, with the goals and the note their clinician wrote for them (404 until one is assigned).</summary>
public sealed record GetMyPracticePlan : IQuery<Result<PracticePlanResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "practice_plan.read";
    public static string AuditResourceType => "PracticePlan";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetMyPracticePlanHandler(IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit)
    : IQueryHandler<GetMyPracticePlan, Result<PracticePlanResponse>>
{
    public async ValueTask<Result<PracticePlanResponse>> Handle(GetMyPracticePlan query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } me)
        {
            return ClientAccess.NotFound;
        }

        var plan = await db.PracticePlans.AsNoTracking().Include(p => p.Items)
            .FirstOrDefaultAsync(p => p.ClientId == me && p.Status == PracticePlanStatus.Active, ct);
        if (plan is null)
        {
            return Error.NotFound("Practice plan");
        }

        audit.Touch(plan.Id.ToString(), me);
        return PracticePlanResponse.From(plan, text);
    }
}
