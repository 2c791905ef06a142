using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>One staff member of the caller's organisation (the phone number for administrators only); anyone else is 404.</summary>
public sealed record GetStaffMember(Guid StaffId) : IQuery<Result<StaffResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "staff.read";
    public static string AuditResourceType => "StaffMember";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.SupervisorsAndAdministrators;
}

public sealed class GetStaffMemberHandler(IPortalDbContext db, ICurrentUser user, StaffPhones phones, AuditScope audit)
    : IQueryHandler<GetStaffMember, Result<StaffResponse>>
{
    public static readonly Error NotFound = Error.NotFound("Staff member");

    public async ValueTask<Result<StaffResponse>> Handle(GetStaffMember query, CancellationToken ct)
    {
        audit.Touch(query.StaffId.ToString());
        var org = user.OrganizationId!.Value;
        var member = await db.Staff.AsNoTracking()
            .Where(s => s.Id == new UserId(query.StaffId) && s.OrganizationId == org)
            .Select(StaffResponse.Projection)
            .FirstOrDefaultAsync(ct);
        return member is null ? NotFound : (await phones.AddAsync([member], ct))[0];
    }
}
