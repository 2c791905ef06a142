using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

public sealed record ListStaff : IQuery<Result<IReadOnlyList<StaffResponse>>>, IAudited
{
    public static string AuditAction => "staff.list";
    public static string AuditResourceType => "StaffMember";
}

public sealed class ListStaffHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListStaff, Result<IReadOnlyList<StaffResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<StaffResponse>>> Handle(ListStaff query, CancellationToken ct)
    {
        if (user.Role is not (Role.OrgAdmin or Role.Supervisor) || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only administrators and supervisors can list staff.");
        }

        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.OrganizationId == org)
            .OrderBy(s => s.DisplayName)
            .Select(StaffResponse.Projection)
            .ToListAsync(ct);
        audit.Describe(new { count = staff.Count });
        return staff;
    }
}
