using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>The caller's own check-ins, newest first. Nobody else's: there is no id to ask for.</summary>
public sealed record ListMyWellbeingCheckIns : IQuery<Result<IReadOnlyList<WellbeingCheckInResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "wellbeing.list_mine";
    public static string AuditResourceType => "WellbeingCheckIn";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.CareStaff;
}

public sealed class ListMyWellbeingCheckInsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListMyWellbeingCheckIns, Result<IReadOnlyList<WellbeingCheckInResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<WellbeingCheckInResponse>>> Handle(ListMyWellbeingCheckIns query, CancellationToken ct)
    {
        var me = user.UserId!.Value;
        var org = user.OrganizationId!.Value;
        var mine = await db.WellbeingCheckIns.AsNoTracking()
            .Where(c => c.OrganizationId == org && c.StaffId == me)
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .ToListAsync(ct);
        audit.Describe(new { count = mine.Count });
        return mine.Select(WellbeingCheckInResponse.Of).ToList();
    }
}
