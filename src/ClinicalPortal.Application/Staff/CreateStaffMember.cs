using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Staff;

/// <summary>An organisation administrator adds a clinician or supervisor; the person gets an invitation to set a password.</summary>
public sealed record CreateStaffMember(string? Email, string? DisplayName, string? Role, Guid? SupervisorId)
    : ICommand<Result<StaffResponse>>, IAudited
{
    public static string AuditAction => "staff.create";
    public static string AuditResourceType => "StaffMember";
    public static int SuccessStatus => 201;
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
    IPortalDbContext db, ICurrentUser user, IUserAccounts accounts, Invitations invitations, AuditScope audit, TimeProvider clock)
    : ICommandHandler<CreateStaffMember, Result<StaffResponse>>
{
    public async ValueTask<Result<StaffResponse>> Handle(CreateStaffMember command, CancellationToken ct)
    {
        if (user.Role != Role.OrgAdmin || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only an organisation administrator can add staff.");
        }

        StaffMember? supervisor = null;
        if (command.SupervisorId is { } supervisorId)
        {
            supervisor = await db.Staff.FirstOrDefaultAsync(
                s => s.Id == new UserId(supervisorId) && s.OrganizationId == org && s.Role == Role.Supervisor, ct);
            if (supervisor is null)
            {
                return Error.Validation("supervisorId", "No supervisor with this id in your organisation.");
            }
        }

        var role = Enum.Parse<Role>(command.Role!);
        var login = await accounts.CreateAsync(new NewAccount(command.Email!, command.DisplayName!, role, org), ct);
        if (!login.IsSuccess)
        {
            return login.Error!;
        }

        var created = StaffMember.Create(login.Value, org, command.Email!, command.DisplayName!, role, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var member = created.Value;
        if (supervisor is not null)
        {
            var assigned = member.AssignSupervisor(supervisor);
            if (!assigned.IsSuccess)
            {
                return assigned.Error!;
            }
        }

        db.Staff.Add(member);
        await invitations.QueueAsync(member.Id, org, member.Email, ct);
        audit.Touch(member.Id.ToString());
        return StaffResponse.From(member);
    }
}
