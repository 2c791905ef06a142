using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>
/// An organisation administrator adds a clinician or supervisor; the person gets an invitation to set a password.
/// An address with a login elsewhere gets the same answer as a fresh one (ADR 0009).
/// </summary>
public sealed record CreateStaffMember(string? Email, string? DisplayName, string? Role, Guid? SupervisorId)
    : ICommand<Result<StaffResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "staff.create";
    public static string AuditResourceType => "StaffMember";
    public static int SuccessStatus => 201;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMember>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.DisplayName).PersonName();
        RuleFor(x => x.Role)
            .Must(r => r is nameof(Domain.Common.Role.Clinician) or nameof(Domain.Common.Role.Supervisor))
            .WithMessage("'role' must be Clinician or Supervisor.");
        RuleFor(x => x.SupervisorId)
            .Null().When(x => x.Role != nameof(Domain.Common.Role.Clinician))
            .WithMessage("Only a clinician has a supervisor.");
    }
}

public sealed class CreateStaffMemberHandler(
    IPortalDbContext db, ICurrentUser user, Invitations invitations, StaffLocks staffLocks, AuditScope audit, TimeProvider clock)
    : ICommandHandler<CreateStaffMember, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(CreateStaffMember command, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        StaffMember? supervisor = null;
        if (command.SupervisorId is { } supervisorId)
        {
            await staffLocks.LockAsync(new UserId(supervisorId), ct);
            supervisor = await db.Staff.FirstOrDefaultAsync(s => s.Id == new UserId(supervisorId) && s.OrganizationId == org, ct);
            if (supervisor is null)
            {
                return Error.Validation("supervisorId", "No supervisor with this id in your organisation.");
            }
        }

        var role = Enum.Parse<Role>(command.Role!);
        var created = StaffMember.Create(UserId.New(), org, command.Email!, command.DisplayName!, role, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!.OnFields((StaffMember.RoleInvalid, "role"));
        }

        var member = created.Value;
        if (supervisor is not null && member.AssignSupervisor(supervisor) is { IsSuccess: false } refused)
        {
            return refused.Error!.OnFields((StaffMember.SupervisorInvalid, "supervisorId"));
        }

        var login = await invitations.ProvisionAndInviteAsync(member.Id, new NewAccount(member.Email, member.DisplayName, role, org), ct);
        if (!login.IsSuccess)
        {
            return login.Error!;
        }

        db.Staff.Add(member);
        audit.Touch(member.Id.ToString());
        return StaffResponse.From(member);
    }
}
