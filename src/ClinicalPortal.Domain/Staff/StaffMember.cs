using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Staff;

/// <summary>
/// A member of an organisation's staff (clinician, supervisor or administrator). The id is the
/// id of the person's login, so the signed-in subject maps straight to this record.
/// </summary>
public sealed class StaffMember
{
    public const string RoleInvalid = "staff.role_invalid";
    public const string SuperviseeNotClinician = "staff.supervisee_not_clinician";
    public const string SupervisorInvalid = "staff.supervisor_invalid";
    public const string Deactivated = "staff.deactivated";
    public const string CaseloadNotEmpty = "staff.caseload_not_empty";
    public const string SuperviseesRemain = "staff.supervisees_remain";

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

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public UserId? DeactivatedBy { get; private set; }

    /// <summary>Why the person left (e.g. "left the practice"); kept with the record, never copied into the audit trail.</summary>
    public string? DeactivationReason { get; private set; }

    /// <summary>
    /// The person's phone number for urgent texts (E.164, see <see cref="PhoneNumber"/>), encrypted by the application as
    /// a client's is (ADR 0014): it is personal data. Null: no phone on file.
    /// </summary>
    public string? PhoneProtected { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>
    /// Sets the phone number, already encrypted by the application (this entity never holds the clear text); "" clears
    /// it. A deactivated person's number may only be cleared.
    /// </summary>
    public Result<Unit> SetPhone(string phoneProtected)
    {
        if (phoneProtected.Length > 0 && CheckActive() is { } inactive)
        {
            return inactive;
        }

        PhoneProtected = phoneProtected.Length == 0 ? null : phoneProtected;
        return Unit.Value;
    }

    public static Result<StaffMember> Create(
        UserId id, OrganizationId organizationId, string email, string displayName, Role role, DateTimeOffset now)
    {
        if (role == Role.Client)
        {
            return Error.Rule(RoleInvalid, "A staff member cannot have the Client role.");
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

    /// <summary>Only an active clinician has a supervisor, and that supervisor is an active supervisor of the same organisation.</summary>
    public Result<Unit> AssignSupervisor(StaffMember supervisor)
    {
        if (CheckActive() is { } inactive)
        {
            return inactive;
        }

        if (Role != Role.Clinician)
        {
            return Error.Rule(SuperviseeNotClinician, "Only a clinician can be assigned a supervisor.");
        }

        if (supervisor.OrganizationId != OrganizationId || supervisor.Role != Role.Supervisor || !supervisor.IsActive)
        {
            return Error.Rule(SupervisorInvalid, "The supervisor must be an active supervisor of the same organisation.");
        }

        SupervisorId = supervisor.Id;
        return Unit.Value;
    }

    /// <summary>The clinician works without a supervisor from now on.</summary>
    public Result<Unit> RemoveSupervisor()
    {
        if (CheckActive() is { } inactive)
        {
            return inactive;
        }

        if (Role != Role.Clinician)
        {
            return Error.Rule(SuperviseeNotClinician, "Only a clinician has a supervisor.");
        }

        SupervisorId = null;
        return Unit.Value;
    }

    /// <summary>
    /// The person leaves: no one may be left in their care. A clinician's clients must be transferred first, and a
    /// supervisor's clinicians given another supervisor; the error names who is left.
    /// </summary>
    public Result<Unit> Deactivate(
        string reason, UserId by, DateTimeOffset now, IReadOnlyList<ClientId> caseload, IReadOnlyList<UserId> supervisees)
    {
        if (CheckActive() is { } inactive)
        {
            return inactive;
        }

        if (caseload.Count > 0)
        {
            return Error.Conflict(CaseloadNotEmpty,
                    $"{caseload.Count} client(s) are still on this clinician's caseload: transfer them first.")
                with { Details = new Dictionary<string, object> { ["clientIds"] = caseload.Select(c => c.Value).ToArray() } };
        }

        if (supervisees.Count > 0)
        {
            return Error.Conflict(SuperviseesRemain,
                    $"{supervisees.Count} clinician(s) are still supervised by this person: give them another supervisor first.")
                with { Details = new Dictionary<string, object> { ["clinicianIds"] = supervisees.Select(s => s.Value).ToArray() } };
        }

        DeactivatedAt = now.ToStoredPrecision();
        DeactivatedBy = by;
        DeactivationReason = reason.Trim();
        return Unit.Value;
    }

    public Error? CheckActive() =>
        IsActive ? null : Error.Conflict(Deactivated, "This staff member has been deactivated.");
}
