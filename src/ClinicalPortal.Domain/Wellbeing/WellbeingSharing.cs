using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Whether a member of staff lets their supervisor see their individual check-ins. No row means not shared (the
/// default); the choice can be changed at any time and takes effect at once, for past check-ins too.
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

    public static WellbeingSharing Create(UserId staffId, OrganizationId organizationId, bool shares, DateTimeOffset now) =>
        new() { StaffId = staffId, OrganizationId = organizationId, SharesWithSupervisor = shares, ChangedAt = now.ToStoredPrecision() };

    public void Set(bool shares, DateTimeOffset now)
    {
        SharesWithSupervisor = shares;
        ChangedAt = now.ToStoredPrecision();
    }
}
