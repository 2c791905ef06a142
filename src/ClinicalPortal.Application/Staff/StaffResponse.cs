using System.Linq.Expressions;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;

namespace ClinicalPortal.Application.Staff;

public sealed record StaffResponse(
    Guid Id, string Email, string DisplayName, Role Role, Guid? SupervisorId, Guid OrganizationId, bool Active, DateTimeOffset? DeactivatedAt)
{
    public static readonly Expression<Func<StaffMember, StaffResponse>> Projection = s =>
        new StaffResponse(s.Id.Value, s.Email, s.DisplayName, s.Role,
            s.SupervisorId == null ? null : s.SupervisorId.Value.Value, s.OrganizationId.Value, s.DeactivatedAt == null, s.DeactivatedAt);

    private static readonly Func<StaffMember, StaffResponse> Compiled = Projection.Compile();

    public static StaffResponse From(StaffMember s) => Compiled(s);
}
