using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Organizations;

/// <summary>
/// When the organisation's care team is there, and who is on call at each hour (the after-hours design: the
/// service's hours are shown to clients, alerts go to the on-call of that hour, and the client is told to use the crisis
/// lines outside them). Times are wall-clock times in <see cref="TimeZone"/> (an IANA id), so they follow its changes of
/// clock.
/// </summary>
public sealed record Coverage(string TimeZone, IReadOnlyList<ServiceHours> Hours, IReadOnlyList<OnCallShift> OnCall)
{
    public const string Invalid = "coverage.invalid";
    public const int MaxEntries = 100;

    public static Result<Coverage> Create(string timeZone, IReadOnlyList<ServiceHours> hours, IReadOnlyList<OnCallShift> onCall)
    {
        var problems = new List<Violation>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            problems.Add(new Violation(null, "timeZone", "The time zone must be an IANA time zone such as America/New_York."));
        }

        for (var i = 0; i < hours.Count; i++)
        {
            if (hours[i].Opens >= hours[i].Closes)
            {
                problems.Add(new Violation(i + 1, "hours", "The team cannot close before it opens (hours run within one day)."));
            }
        }

        foreach (var day in hours.GroupBy(h => h.Day))
        {
            var spans = day.OrderBy(h => h.Opens).ToList();
            if (spans.Zip(spans.Skip(1)).Any(p => p.Second.Opens < p.First.Closes))
            {
                problems.Add(new Violation(null, "hours", $"The hours of {day.Key} overlap."));
            }
        }

        if (hours.Count > MaxEntries || onCall.Count > MaxEntries)
        {
            problems.Add(new Violation(null, "hours", $"At most {MaxEntries} spans of hours and {MaxEntries} shifts."));
        }

        if (problems.Count > 0)
        {
            return Error.Rule(Invalid, "The coverage is not valid.") with { Violations = problems };
        }

        return new Coverage(timeZone, hours.OrderBy(h => h.Day).ThenBy(h => h.Opens).ToArray(), onCall.ToArray());
    }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Whether the team is there at <paramref name="at"/>.</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Hours.Any(h => h.Day == local.DayOfWeek && h.Opens <= time && time < h.Closes);
    }

    /// <summary>Who is on call at <paramref name="at"/> (a shift past midnight counts on the next morning too).</summary>
    public IReadOnlyList<Guid> OnCallAt(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var yesterday = (DayOfWeek)(((int)local.DayOfWeek + 6) % 7);
        return OnCall.Where(s => s.Starts < s.Ends
                ? s.Day == local.DayOfWeek && s.Starts <= time && time < s.Ends
                : (s.Day == local.DayOfWeek && time >= s.Starts) || (s.Day == yesterday && time < s.Ends))
            .Select(s => s.UserId).Distinct().ToList();
    }
}
