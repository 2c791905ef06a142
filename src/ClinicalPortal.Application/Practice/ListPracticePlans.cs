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
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId);
        var clinician = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => (UserId?)c.ClinicianId).FirstOrDefaultAsync(ct);
        if (clinician is null)
        {
            return ClientAccess.NotFound;
        }

        var plans = await db.PracticePlans.AsNoTracking().Include(p => p.Items)
            .Where(p => p.ClientId == clientId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        // Minimum necessary, as for homework: a supervisor sees the plan's modules and dates, not its free text.
        var readsText = access.ReadsFreeText(clinician.Value);
        audit.Describe(new { count = plans.Count, freeText = readsText });
        return plans.Select(p => PracticePlanResponse.From(p, readsText ? text : null)).ToList();
    }
}
