using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>An administrator sets a clinician's supervisor, or removes it (<c>supervisorId: null</c>).</summary>
public sealed record SetSupervisor(Guid ClinicianId, Guid? SupervisorId) : ICommand<Result<StaffResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "staff.set-supervisor";
    public static string AuditResourceType => "StaffMember";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class SetSupervisorHandler(IPortalDbContext db, ICurrentUser user, StaffLocks staffLocks, AuditScope audit)
    : ICommandHandler<SetSupervisor, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(SetSupervisor command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(command.ClinicianId.ToString());
        var clinician = await db.Staff.FirstOrDefaultAsync(s => s.Id == new UserId(command.ClinicianId) && s.OrganizationId == org, ct);
        if (clinician is null)
        {
            return GetStaffMemberHandler.NotFound;
        }

        Result<Domain.Common.Unit> changed;
        if (command.SupervisorId is not { } supervisorId)
        {
            changed = clinician.RemoveSupervisor();
        }
        else
        {
            await staffLocks.LockAsync(new UserId(supervisorId), ct);
            var supervisor = await db.Staff.FirstOrDefaultAsync(s => s.Id == new UserId(supervisorId) && s.OrganizationId == org, ct);
            if (supervisor is null)
            {
                return Error.Validation("supervisorId", "No supervisor with this id in your organisation.");
            }

            changed = clinician.AssignSupervisor(supervisor);
        }

        if (!changed.IsSuccess)
        {
            return changed.Error!.OnFields((StaffMember.SupervisorInvalid, "supervisorId"));
        }

        audit.Describe(new { supervisorId = clinician.SupervisorId?.Value });
        return StaffResponse.From(clinician);
    }
}
