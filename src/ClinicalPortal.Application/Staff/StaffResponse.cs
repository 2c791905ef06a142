using System.Linq.Expressions;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;

namespace ClinicalPortal.Application.Staff;

/// <summary>
/// A member of staff. <see cref="Phone"/> (E.164, the number Imminent alerts text) is shown to administrators and to the
/// person who set it; null otherwise, or when none is on file (<see cref="StaffPhones"/>).
/// </summary>
public sealed record StaffResponse(
    Guid Id, string Email, string DisplayName, Role Role, Guid? SupervisorId, Guid OrganizationId, bool Active, DateTimeOffset? DeactivatedAt,
    string? Phone = null)
{
    public static readonly Expression<Func<StaffMember, StaffResponse>> Projection = s =>
        new StaffResponse(s.Id.Value, s.Email, s.DisplayName, s.Role,
            s.SupervisorId == null ? null : s.SupervisorId.Value.Value, s.OrganizationId.Value, s.DeactivatedAt == null, s.DeactivatedAt, null);

    private static readonly Func<StaffMember, StaffResponse> Compiled = Projection.Compile();

    public static StaffResponse From(StaffMember s) => Compiled(s);
}
