using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// A closed month's well-being figures for one viewer's scope (a supervisor's team, or an organisation for its
/// administrators), computed once, on the first request after the month ends, and kept. Kept, because figures
/// recomputed on every view would change as members join or leave the team or opt in later, and the difference
/// between two views would be one person's scores. The group is fixed with the figures (<see cref="Members"/>), and a
/// group shown must differ from every other group already shown for the organisation and month by none or by at least
/// five people (<see cref="TeamAggregate.MayShowBeside"/>), and no combination of it with the groups already shown and
/// the people shown one by one may give one person's own figures (<see cref="DifferencingGuard"/>), on the month and on
/// each scale; otherwise it is hidden.
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
    /// organisation and month already kept for other scopes; <paramref name="individuals"/> the members of the
    /// organisation whose latest check-in of the month may have been shown one by one, to any supervisor. The month, and
    /// each scale on its own contributors, is hidden under five, where the hidden remainder would be one to four people,
    /// where it differs from a group already shown by one to four people, or where it would let the groups already shown
    /// and the individuals give someone's own figures. A scale's band counts are hidden when all its contributors are in
    /// one band.
    /// </summary>
    public static WellbeingMonthAggregate Compute(
        Guid scopeId, OrganizationId organizationId, DateOnly month, IEnumerable<WellbeingCheckIn> checkIns, Func<WellbeingCheckIn, bool> shown,
        IReadOnlyList<WellbeingMonthAggregate> shownBefore, IReadOnlyCollection<Guid> individuals, DateTimeOffset now)
    {
        var latest = Latest(checkIns);
        var members = latest.Select(c => c.StaffId.Value).Order().ToArray();
        var others = shownBefore.Where(a => a.ScopeId != scopeId && a.Suppressed is null).ToList();
        var known = individuals.Union(latest.Where(shown).Select(c => c.StaffId.Value)).ToList();
        var suppressed = TeamAggregate.Suppression(latest.Count, latest.Count(shown))
            ?? Apart(members, others.Select(o => ((IReadOnlyList<Guid>?)o.Members, o.Contributors)), known);
        var scales = suppressed is not null
            ? []
            : InstrumentLibrary.Cbi.Scoring.Subscales.Select(scale => Figure(scale, latest, shown, others, known)).ToList();
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

    /// <summary>Each member's latest check-in (the latest submitted; of two at once, the greater id).</summary>
    public static List<WellbeingCheckIn> Latest(IEnumerable<WellbeingCheckIn> checkIns) =>
        checkIns.GroupBy(c => c.StaffId)
            .Select(g => g.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id.Value).First())
            .ToList();

    /// <summary>
    /// Null when <paramref name="members"/> may be shown beside the groups already shown (their members, or only their
    /// size if not recorded) and the people already known one by one; otherwise <see cref="TeamAggregate.CloseToAnotherGroup"/>.
    /// </summary>
    private static string? Apart(Guid[] members, IEnumerable<(IReadOnlyList<Guid>? Members, int Size)> shown, IReadOnlyCollection<Guid> known)
    {
        var groups = shown.ToList();
        return groups.All(g => TeamAggregate.MayShowBeside(members, g.Members, g.Size))
               && DifferencingGuard.MayShow(members, groups.Where(g => g.Members is not null).Select(g => g.Members!), known)
            ? null
            : TeamAggregate.CloseToAnotherGroup;
    }

    private static WellbeingScaleFigure Figure(
        SubscaleDefinition scale, List<WellbeingCheckIn> latest, Func<WellbeingCheckIn, bool> shown, List<WellbeingMonthAggregate> others,
        IReadOnlyCollection<Guid> known)
    {
        var scored = latest.Where(c => c.Scales.GetValueOrDefault(scale.Key) is not null).ToList();
        var members = scored.Select(c => c.StaffId.Value).Order().ToArray();
        var hidden = TeamAggregate.Suppression(scored.Count, scored.Count(shown))
            ?? Apart(members, others.Select(o => o.Scales.FirstOrDefault(s => s.Scale == scale.Key)).OfType<WellbeingScaleFigure>()
                .Where(f => f.Suppressed is null).Select(f => (f.Members, f.Scored)), known);
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
