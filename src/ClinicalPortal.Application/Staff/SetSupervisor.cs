using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

public sealed record SetSupervisor(Guid ClinicianId, Guid? SupervisorId) : ICommand<Result<StaffResponse>>, IAudited
{
    public static string AuditAction => "staff.set-supervisor";
    public static string AuditResourceType => "StaffMember";
}

public sealed class SetSupervisorHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : ICommandHandler<SetSupervisor, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(SetSupervisor command, CancellationToken ct)
    {
        if (user.Role != Role.OrgAdmin || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only an organisation administrator can change supervision.");
        }

        var clinician = await db.Staff.FirstOrDefaultAsync(
            s => s.Id == new UserId(command.ClinicianId) && s.OrganizationId == org, ct);
        if (clinician is null)
        {
            return Error.NotFound("Staff member");
        }

        audit.Touch(clinician.Id.ToString());
        if (command.SupervisorId is null)
        {
            return Error.Validation("supervisorId", "'supervisorId' must not be empty.");
        }

        var supervisor = await db.Staff.FirstOrDefaultAsync(
            s => s.Id == new UserId(command.SupervisorId.Value) && s.OrganizationId == org, ct);
        if (supervisor is null)
        {
            return Error.Validation("supervisorId", "No supervisor with this id in your organisation.");
        }

        var assigned = clinician.AssignSupervisor(supervisor);
        if (!assigned.IsSuccess)
        {
            return assigned.Error!;
        }

        audit.Describe(new { supervisorId = supervisor.Id.Value });
        return StaffResponse.From(clinician);
    }
}
