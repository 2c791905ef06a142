using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>The client's practice plans, newest first: the active one and every one it replaced.</summary>
public sealed record ListPracticePlans(Guid ClientId) : IQuery<Result<IReadOnlyList<PracticePlanResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "practice_plan.list";
    public static string AuditResourceType => "PracticePlan";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ListPracticePlansHandler(IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit)
    : IQueryHandler<ListPracticePlans, Result<IReadOnlyList<PracticePlanResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<PracticePlanResponse>>> Handle(ListPracticePlans query, CancellationToken ct)
    {
        var reached = await access.CheckAsync(query.ClientId, ct);
        if (!reached.IsSuccess)
        {
            return reached.Error!;
        }

        var plans = await db.PracticePlans.AsNoTracking().Include(p => p.Items)
            .Where(p => p.ClientId == reached.Value).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        audit.Describe(new { count = plans.Count });
        return plans.Select(p => PracticePlanResponse.From(p, text)).ToList();
    }
}
