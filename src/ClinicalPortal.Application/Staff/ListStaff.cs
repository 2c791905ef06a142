using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>The organisation's staff, active and deactivated (supervisors and administrators; phone numbers for administrators only).</summary>
public sealed record ListStaff : IQuery<Result<IReadOnlyList<StaffResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "staff.list";
    public static string AuditResourceType => "StaffMember";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.SupervisorsAndAdministrators;
}

public sealed class ListStaffHandler(IPortalDbContext db, ICurrentUser user, StaffPhones phones, AuditScope audit)
    : IQueryHandler<ListStaff, Result<IReadOnlyList<StaffResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<StaffResponse>>> Handle(ListStaff query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.OrganizationId == org)
            .OrderBy(s => s.DisplayName).ThenBy(s => s.Id)
            .Select(StaffResponse.Projection)
            .ToListAsync(ct);
        audit.Describe(new { count = staff.Count });
        return Result<IReadOnlyList<StaffResponse>>.Success(await phones.AddAsync(staff, ct));
    }
}
