using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;

namespace ClinicalPortal.Domain.Clients;

/// <summary>A client's record: demographics (PHI) and the clinician responsible for their care.</summary>
public sealed class Client
{
    private Client()
    {
        GivenName = string.Empty;
        FamilyName = string.Empty;
        Email = string.Empty;
        TimeZone = string.Empty;
    }

    public ClientId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    /// <summary>The client's own login.</summary>
    public UserId UserId { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string Email { get; private set; }

    public CareTrack Track { get; private set; }

    /// <summary>IANA time zone id, used to place due dates and reminders in the client's day.</summary>
    public string TimeZone { get; private set; }

    public UserId ClinicianId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<Client> Create(
        OrganizationId organizationId,
        UserId userId,
        string givenName,
        string familyName,
        DateOnly dateOfBirth,
        string email,
        CareTrack track,
        string timeZone,
        StaffMember clinician,
        DateTimeOffset now)
    {
        var rule = CheckCanCareFor(clinician, organizationId);
        if (rule is not null)
        {
            return rule;
        }

        if (dateOfBirth > DateOnly.FromDateTime(now.UtcDateTime))
        {
            return Error.Validation("dateOfBirth", "Date of birth cannot be in the future.");
        }

        return new Client
        {
            Id = ClientId.New(),
            OrganizationId = organizationId,
            UserId = userId,
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            DateOfBirth = dateOfBirth,
            Email = email.Trim(),
            Track = track,
            TimeZone = timeZone,
            ClinicianId = clinician.Id,
            CreatedAt = now.ToStoredPrecision(),
        };
    }

    /// <summary>Transfers care to another clinician of the same organisation.</summary>
    public Result<UserId> TransferTo(StaffMember clinician)
    {
        var rule = CheckCanCareFor(clinician, OrganizationId);
        if (rule is not null)
        {
            return rule;
        }

        if (clinician.Id == ClinicianId)
        {
            return Error.Rule("transfer_same_clinician", "The client is already on this clinician's caseload.");
        }

        var previous = ClinicianId;
        ClinicianId = clinician.Id;
        return previous;
    }

    private static Error? CheckCanCareFor(StaffMember clinician, OrganizationId organizationId) =>
        clinician.OrganizationId != organizationId || clinician.Role != Role.Clinician
            ? Error.Validation("clinicianId", "The clinician must be a clinician of the same organisation.")
            : null;
}
