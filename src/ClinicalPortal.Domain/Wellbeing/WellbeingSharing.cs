using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Whether a member of staff lets their supervisor see their individual check-ins. No row means not shared (the
/// default). Opting in shows the check-ins made from then on (<see cref="Shows"/>), never earlier ones, which may
/// already be part of figures shown without them; opting out hides them all at once.
/// </summary>
public sealed class WellbeingSharing
{
    private WellbeingSharing()
    {
    }

    public UserId StaffId { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    public bool SharesWithSupervisor { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Whether the supervisor sees this check-in: sharing is on, and was turned on before it was made.</summary>
    public bool Shows(WellbeingCheckIn checkIn) => SharesWithSupervisor && checkIn.StaffId == StaffId && checkIn.SubmittedAt >= ChangedAt;

    public static WellbeingSharing Create(UserId staffId, OrganizationId organizationId, bool shares, DateTimeOffset now) =>
        new() { StaffId = staffId, OrganizationId = organizationId, SharesWithSupervisor = shares, ChangedAt = now.ToStoredPrecision() };

    /// <summary>Records the choice; setting the same choice again changes nothing (so a repeated opt-in does not hide what it showed).</summary>
    public void Set(bool shares, DateTimeOffset now)
    {
        if (shares == SharesWithSupervisor)
        {
            return;
        }

        SharesWithSupervisor = shares;
        ChangedAt = now.ToStoredPrecision();
    }
}
