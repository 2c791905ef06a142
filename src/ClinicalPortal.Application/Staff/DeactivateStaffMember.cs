using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>
/// A person leaves the organisation: sign-in is refused and their tokens die, the record stays. Their clients must
/// be transferred (and a supervisor's clinicians given another supervisor) first; the refusal names who is left.
/// An administrator cannot deactivate themselves (the organisation could lose its last administrator).
/// </summary>
public sealed record DeactivateStaffMember(Guid StaffId, string? Reason) : ICommand<Result<StaffResponse>>, IAudited, IAuthorized
{
    public const string SelfDeactivation = "staff.self_deactivation";
    public const string LastAdministrator = "staff.last_administrator";

    public static string AuditAction => "staff.deactivate";
    public static string AuditResourceType => "StaffMember";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class DeactivateStaffMemberValidator : AbstractValidator<DeactivateStaffMember>
{
    public DeactivateStaffMemberValidator() => RuleFor(x => x.Reason).Reason();
}

public sealed class DeactivateStaffMemberHandler(
    IPortalDbContext db, ICurrentUser user, IUserAccounts accounts, StaffLocks staffLocks, AuditScope audit, TimeProvider clock)
    : ICommandHandler<DeactivateStaffMember, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(DeactivateStaffMember command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var id = new UserId(command.StaffId);
        audit.Touch(id.ToString());
        await staffLocks.LockAsync(id, ct);
        var member = await db.Staff.FirstOrDefaultAsync(s => s.Id == id && s.OrganizationId == org, ct);
        if (member is null)
        {
            return GetStaffMemberHandler.NotFound;
        }

        if (member.Id == user.UserId)
        {
            return Error.Conflict(DeactivateStaffMember.SelfDeactivation, "You cannot deactivate yourself; ask another administrator.");
        }

        if (member.Role == Role.OrgAdmin)
        {
            // One at a time per organisation, so two administrators cannot deactivate each other at once.
            await staffLocks.LockAdministratorsAsync(org, ct);
            if (!await db.Staff.AnyAsync(s => s.OrganizationId == org && s.Role == Role.OrgAdmin && s.Id != id && s.DeactivatedAt == null, ct))
            {
                return Error.Conflict(DeactivateStaffMember.LastAdministrator, "The organisation's last active administrator cannot be deactivated.");
            }
        }

        // Discharged clients stay with their last clinician for the record; only clients in care must move.
        var caseload = await db.Clients.Where(c => c.OrganizationId == org && c.ClinicianId == id && c.Status == Domain.Clients.ClientStatus.Active)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var supervisees = await db.Staff.Where(s => s.OrganizationId == org && s.SupervisorId == id && s.DeactivatedAt == null)
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var deactivated = member.Deactivate(command.Reason!, user.UserId!.Value, clock.GetUtcNow(), caseload, supervisees);
        if (!deactivated.IsSuccess)
        {
            return deactivated.Error!;
        }

        await accounts.DisableAsync(member.Id, ct);
        return StaffResponse.From(member);
    }
}
