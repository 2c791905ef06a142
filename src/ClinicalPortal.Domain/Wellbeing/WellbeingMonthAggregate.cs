using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// A closed month's well-being figures for one viewer's scope (a supervisor's team, or an organisation for its
/// administrators), computed once, on the first request after the month ends, and kept. Kept, because figures
/// recomputed on every view would change as members join or leave the team or opt in later, and the difference
/// between two views would be one person's scores. The group is fixed with the figures (<see cref="Members"/>), and a
/// group shown must differ from every other group already shown for the organisation and month by none or by at least
/// five people (<see cref="TeamAggregate.MayShowBeside"/>), on the month and on each scale; otherwise it is hidden.
/// </summary>
public sealed class WellbeingMonthAggregate
{
    private WellbeingMonthAggregate()
    {
        Scales = [];
    }

    /// <summary>The supervisor's user id, or the organisation's id for the administrators' view.</summary>
    public Guid ScopeId { get; private set; }

    public OrganizationId OrganizationId { get; private set; }

    /// <summary>The first day of the month (UTC calendar).</summary>
    public DateOnly Month { get; private set; }

    /// <summary>Members with a check-in in the month; each one's latest check-in of the month counts.</summary>
    public int Contributors { get; private set; }

    /// <summary>
    /// The staff ids of the contributors, fixed when the figures were computed, to compare later groups against; never
    /// shown. Null for figures kept before groups were recorded (then only <see cref="Contributors"/> is known).
    /// </summary>
    public Guid[]? Members { get; private set; }

    /// <summary>Why the month's figures are hidden (<see cref="TeamAggregate"/>), or null.</summary>
    public string? Suppressed { get; private set; }

    /// <summary>Per scale, when the month is shown.</summary>
    public IReadOnlyList<WellbeingScaleFigure> Scales { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>
    /// The figures of <paramref name="checkIns"/> (the scope's members' check-ins of the month); <paramref name="shown"/>
    /// tells the check-ins the viewer also sees one by one; <paramref name="shownBefore"/> are the groups of the
    /// organisation and month already kept for other scopes. The month, and each scale on its own contributors, is hidden
    /// under five, where the hidden remainder would be one to four people, or where it differs from a group already shown
    /// by one to four people. A scale's band counts are hidden when all its contributors are in one band.
    /// </summary>
    public static WellbeingMonthAggregate Compute(
        Guid scopeId, OrganizationId organizationId, DateOnly month, IEnumerable<WellbeingCheckIn> checkIns, Func<WellbeingCheckIn, bool> shown,
        IReadOnlyList<WellbeingMonthAggregate> shownBefore, DateTimeOffset now)
    {
        var latest = checkIns.GroupBy(c => c.StaffId)
            .Select(g => g.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id.Value).First())
            .ToList();
        var members = latest.Select(c => c.StaffId.Value).Order().ToArray();
        var others = shownBefore.Where(a => a.ScopeId != scopeId && a.Suppressed is null).ToList();
        var suppressed = TeamAggregate.Suppression(latest.Count, latest.Count(shown))
            ?? (others.All(o => TeamAggregate.MayShowBeside(members, o.Members, o.Contributors)) ? null : TeamAggregate.CloseToAnotherGroup);
        var scales = suppressed is not null
            ? []
            : InstrumentLibrary.Cbi.Scoring.Subscales.Select(scale => Figure(scale, latest, shown, others)).ToList();
        return new WellbeingMonthAggregate
        {
            ScopeId = scopeId,
            OrganizationId = organizationId,
            Month = month,
            Contributors = latest.Count,
            Members = members,
            Suppressed = suppressed,
            Scales = scales,
            ComputedAt = now.ToStoredPrecision(),
        };
    }

    private static WellbeingScaleFigure Figure(
        SubscaleDefinition scale, List<WellbeingCheckIn> latest, Func<WellbeingCheckIn, bool> shown, List<WellbeingMonthAggregate> others)
    {
        var scored = latest.Where(c => c.Scales.GetValueOrDefault(scale.Key) is not null).ToList();
        var members = scored.Select(c => c.StaffId.Value).Order().ToArray();
        var hidden = TeamAggregate.Suppression(scored.Count, scored.Count(shown))
            ?? (others.All(o => o.Scales.FirstOrDefault(s => s.Scale == scale.Key) is not { Suppressed: null } figure
                    || TeamAggregate.MayShowBeside(members, figure.Members, figure.Scored))
                ? null
                : TeamAggregate.CloseToAnotherGroup);
        if (hidden is not null)
        {
            return new WellbeingScaleFigure(scale.Key, scored.Count, hidden, null, null, null, members);
        }

        // Each score's band from the instrument's current bands (a check-in scored under earlier band labels counts too).
        var bands = scale.Bands.ToDictionary(
            b => b.Label, b => scored.Count(c => SeverityBand.Find(scale.Bands, c.Scales[scale.Key]!.Value)?.Label == b.Label));
        var allInOne = bands.Count(b => b.Value > 0) == 1;
        return new WellbeingScaleFigure(
            scale.Key, scored.Count, null,
            Math.Round(scored.Average(c => c.Scales[scale.Key]!.Value), 2, MidpointRounding.AwayFromZero),
            allInOne ? null : bands, allInOne ? TeamAggregate.AllInOneBand : null, members);
    }
}
