using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Staff;

namespace ClinicalPortal.Domain.Clients;

/// <summary>A client's record: demographics (PHI), the clinician responsible for their care, and whether they are still in care.</summary>
public sealed class Client
{
    public const string DateOfBirthInFuture = "client.date_of_birth_in_future";
    public const string ClinicianInvalid = "client.clinician_invalid";
    public const string SameClinician = "client.transfer_same_clinician";
    public const string Discharged = "client.discharged";

    private Client()
    {
        GivenName = string.Empty;
        FamilyName = string.Empty;
        Email = string.Empty;
        TimeZone = string.Empty;
    }

    public ClientId Id { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    /// <summary>
    /// The id of the client's login. The login itself exists once it could be created for <see cref="Email"/>
    /// (an address already used by a login elsewhere gets none until the address is changed: ADR 0009).
    /// </summary>
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

    public ClientStatus Status { get; private set; }

    public DateTimeOffset? DischargedAt { get; private set; }

    public UserId? DischargedBy { get; private set; }

    /// <summary>Why care ended, in the clinician's words (part of the record; never copied into the audit trail).</summary>
    public string? DischargeReason { get; private set; }

    /// <summary>
    /// The client's own country for crisis lines (ISO 3166-1 alpha-2), when it differs from the organisation's (a client
    /// who lives abroad); null: the organisation's.
    /// </summary>
    public string? Country { get; private set; }

    /// <summary>The client's phone number, encrypted by the application (ADR 0014): responders reach the client with it.</summary>
    public string? PhoneProtected { get; private set; }

    /// <summary>The client's emergency contact (name, phone, relationship) as encrypted JSON (ADR 0014).</summary>
    public string? EmergencyContactProtected { get; private set; }

    public bool IsActive => Status == ClientStatus.Active;

    /// <summary>
    /// Sets how the client is reached in a crisis, already encrypted by the application (this entity never holds the
    /// clear text); "" clears a field, null leaves it. Returns the names of the fields that were set.
    /// </summary>
    public Result<IReadOnlyList<string>> SetContact(string? phoneProtected, string? emergencyContactProtected)
    {
        if (CheckActive() is { } refused)
        {
            return refused;
        }

        var set = new List<string>();
        if (phoneProtected is not null)
        {
            PhoneProtected = phoneProtected.Length == 0 ? null : phoneProtected;
            set.Add(nameof(PhoneProtected));
        }

        if (emergencyContactProtected is not null)
        {
            EmergencyContactProtected = emergencyContactProtected.Length == 0 ? null : emergencyContactProtected;
            set.Add(nameof(EmergencyContactProtected));
        }

        return set;
    }

    public const string CountryUnsupported = "client.country_unsupported";

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
        if (CheckCanCareFor(clinician, organizationId) is { } refused)
        {
            return refused;
        }

        if (dateOfBirth > DateOnly.FromDateTime(now.UtcDateTime))
        {
            return Error.Rule(DateOfBirthInFuture, "Date of birth cannot be in the future.");
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
            Status = ClientStatus.Active,
        };
    }

    /// <summary>Transfers care to another active clinician of the same organisation. Returns the previous clinician.</summary>
    public Result<UserId> TransferTo(StaffMember clinician)
    {
        if ((CheckActive() ?? CheckCanCareFor(clinician, OrganizationId)) is { } refused)
        {
            return refused;
        }

        if (clinician.Id == ClinicianId)
        {
            return Error.Rule(SameClinician, "The client is already on this clinician's caseload.");
        }

        var previous = ClinicianId;
        ClinicianId = clinician.Id;
        return previous;
    }

    /// <summary>Applies the given fields; returns the names of those that changed (empty when nothing did).</summary>
    public Result<IReadOnlyList<string>> Update(ClientChange change)
    {
        if (CheckActive() is { } refused)
        {
            return refused;
        }

        var changed = new List<string>();
        if (change.GivenName is { } given && given.Trim() != GivenName)
        {
            GivenName = given.Trim();
            changed.Add(nameof(GivenName));
        }

        if (change.FamilyName is { } family && family.Trim() != FamilyName)
        {
            FamilyName = family.Trim();
            changed.Add(nameof(FamilyName));
        }

        if (change.Email is { } email && !string.Equals(email.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            Email = email.Trim();
            changed.Add(nameof(Email));
        }

        if (change.Track is { } track && track != Track)
        {
            Track = track;
            changed.Add(nameof(Track));
        }

        if (change.TimeZone is { } zone && zone != TimeZone)
        {
            TimeZone = zone;
            changed.Add(nameof(TimeZone));
        }

        if (change.Country is { } country)
        {
            // Empty: back to the organisation's country.
            var code = country.Length == 0 ? null : Crisis.CrisisLines.Canonical(country);
            if (country.Length > 0 && code is null)
            {
                return Error.Rule(CountryUnsupported, "No crisis lines are known for that country.");
            }

            if (code != Country)
            {
                Country = code;
                changed.Add(nameof(Country));
            }
        }

        return changed;
    }

    /// <summary>Ends care. The record stays; the client's access ends with it (the application disables the login).</summary>
    public Result<Unit> Discharge(string reason, UserId by, DateTimeOffset now)
    {
        if (CheckActive() is { } refused)
        {
            return refused;
        }

        Status = ClientStatus.Discharged;
        DischargedAt = now.ToStoredPrecision();
        DischargedBy = by;
        DischargeReason = reason.Trim();
        return Unit.Value;
    }

    /// <summary>Care-giving changes (answers, schedules, transfers, edits) need a client in care.</summary>
    public Error? CheckActive() =>
        IsActive ? null : Error.Conflict(Discharged, "The client has been discharged; the record can be read but not changed.");

    private static Error? CheckCanCareFor(StaffMember clinician, OrganizationId organizationId) =>
        clinician.OrganizationId != organizationId || clinician.Role != Role.Clinician || !clinician.IsActive
            ? Error.Rule(ClinicianInvalid, "The clinician must be an active clinician of the same organisation.")
            : null;
}
