using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// A closed month's well-being figures for one viewer's scope (a supervisor's team, or an organisation for its
/// administrators), computed once, on the first request after the month ends, and kept. Kept, because figures
/// recomputed on every view would change as members join or leave the team or opt in later, and the difference
/// between two views would be one person's scores.
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

    /// <summary>Why the month's figures are hidden (<see cref="TeamAggregate"/>), or null.</summary>
    public string? Suppressed { get; private set; }

    /// <summary>Per scale, when the month is shown.</summary>
    public IReadOnlyList<WellbeingScaleFigure> Scales { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>
    /// The figures of <paramref name="checkIns"/> (the scope's members' check-ins of the month); <paramref name="shown"/>
    /// tells the check-ins the viewer also sees one by one. The month, and each scale on its own contributors, is
    /// hidden under five or where the hidden remainder would be one to four people.
    /// </summary>
    public static WellbeingMonthAggregate Compute(
        Guid scopeId, OrganizationId organizationId, DateOnly month, IEnumerable<WellbeingCheckIn> checkIns, Func<WellbeingCheckIn, bool> shown,
        DateTimeOffset now)
    {
        var latest = checkIns.GroupBy(c => c.StaffId)
            .Select(g => g.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id.Value).First())
            .ToList();
        var suppressed = TeamAggregate.Suppression(latest.Count, latest.Count(shown));
        var scales = suppressed is not null
            ? []
            : InstrumentLibrary.Cbi.Scoring.Subscales.Select(scale =>
            {
                var scored = latest.Where(c => c.Scales.GetValueOrDefault(scale.Key) is not null).ToList();
                var hidden = TeamAggregate.Suppression(scored.Count, scored.Count(shown));
                return hidden is not null
                    ? new WellbeingScaleFigure(scale.Key, scored.Count, hidden, null, null)
                    : new WellbeingScaleFigure(
                        scale.Key, scored.Count, null,
                        Math.Round(scored.Average(c => c.Scales[scale.Key]!.Value), 2, MidpointRounding.AwayFromZero),
                        scale.Bands.ToDictionary(b => b.Label, b => scored.Count(c => c.Bands.GetValueOrDefault(scale.Key) == b.Label)));
            }).ToList();
        return new WellbeingMonthAggregate
        {
            ScopeId = scopeId,
            OrganizationId = organizationId,
            Month = month,
            Contributors = latest.Count,
            Suppressed = suppressed,
            Scales = scales,
            ComputedAt = now.ToStoredPrecision(),
        };
    }
}
