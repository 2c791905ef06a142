using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Staff;

/// <summary>
/// A member of an organisation's staff (clinician, supervisor or administrator). The id is the
/// id of the person's login, so the signed-in subject maps straight to this record.
/// </summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        Email = string.Empty;
        DisplayName = string.Empty;
    }

    public UserId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public Role Role { get; private set; }

    /// <summary>The supervisor of a clinician; null for everyone else.</summary>
    public UserId? SupervisorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<StaffMember> Create(
        UserId id, OrganizationId organizationId, string email, string displayName, Role role, DateTimeOffset now)
    {
        if (role == Role.Client)
        {
            return Error.Rule("staff_role_invalid", "A staff member cannot have the Client role.");
        }

        return new StaffMember
        {
            Id = id,
            OrganizationId = organizationId,
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            Role = role,
            CreatedAt = now.ToStoredPrecision(),
        };
    }

    /// <summary>Only a clinician has a supervisor, and that supervisor is a supervisor of the same organisation.</summary>
    public Result<Unit> AssignSupervisor(StaffMember supervisor)
    {
        if (Role != Role.Clinician)
        {
            return Error.Rule("supervisee_not_clinician", "Only a clinician can be assigned a supervisor.");
        }

        if (supervisor.OrganizationId != OrganizationId || supervisor.Role != Role.Supervisor)
        {
            return Error.Rule("supervisor_invalid", "The supervisor must be a supervisor of the same organisation.");
        }

        SupervisorId = supervisor.Id;
        return Unit.Value;
    }
}
