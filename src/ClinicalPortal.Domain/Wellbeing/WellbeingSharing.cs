using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Whether a member of staff lets their supervisor see their individual check-ins. No row means not shared (the
/// default). Opting in shows the check-ins made from then on (<see cref="Shows"/>), never earlier ones, which may
/// already be part of figures shown without them; opting out hides them all at once. A check-in shown once may have
/// been read, so the months' figures count it as known for good (<see cref="MayHaveShown"/>), from when sharing was
/// first turned on (<see cref="FirstSharedAt"/>).
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

    /// <summary>When sharing was first turned on; null if it never was (or was turned off again before this was recorded).</summary>
    public DateTimeOffset? FirstSharedAt { get; private set; }

    /// <summary>Whether the supervisor sees this check-in: sharing is on, and was turned on before it was made.</summary>
    public bool Shows(WellbeingCheckIn checkIn) => SharesWithSupervisor && checkIn.StaffId == StaffId && checkIn.SubmittedAt >= ChangedAt;

    /// <summary>
    /// Whether this check-in may ever have been shown to a supervisor, shown now or before an opt-out: it was made after
    /// sharing was first turned on and before the last change, or while sharing is on. Wider than the truth only for a
    /// check-in made between an opt-out and a later opt-in, which counts as shown though it never was.
    /// </summary>
    public bool MayHaveShown(WellbeingCheckIn checkIn) =>
        checkIn.StaffId == StaffId && FirstSharedAt <= checkIn.SubmittedAt && (SharesWithSupervisor || checkIn.SubmittedAt < ChangedAt);

    public static WellbeingSharing Create(UserId staffId, OrganizationId organizationId, bool shares, DateTimeOffset now)
    {
        var sharing = new WellbeingSharing { StaffId = staffId, OrganizationId = organizationId };
        sharing.Change(shares, now);
        return sharing;
    }

    /// <summary>Records the choice; setting the same choice again changes nothing (so a repeated opt-in does not hide what it showed).</summary>
    public void Set(bool shares, DateTimeOffset now)
    {
        if (shares == SharesWithSupervisor)
        {
            return;
        }

        Change(shares, now);
    }

    private void Change(bool shares, DateTimeOffset now)
    {
        SharesWithSupervisor = shares;
        ChangedAt = now.ToStoredPrecision();
        FirstSharedAt ??= shares ? ChangedAt : null;
    }
}
