using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Gaps in measurement over a report's period, for the care team: per schedule, the windows that closed in the period
/// without a result of its instrument (a result counts for the window it was submitted in); per instrument given without
/// a schedule, the longest interval between two results up to the period's end; and a line when no self-compassion
/// measure (the programme's process outcome) is on record.
/// </summary>
public static class MeasurementGaps
{
    /// <summary>At most this many missed windows are listed by date; the rest are counted.</summary>
    public const int ListedWindows = 6;

    public static IReadOnlyList<string> Build(
        IReadOnlyList<MeasureSchedule> schedules, IReadOnlyList<Assessment> results, DateOnly from, DateOnly to, DateTimeOffset startsAt,
        DateTimeOffset endsBefore, DateTimeOffset now, TimeZoneInfo zone)
    {
        var lines = new List<string>();
        var closedBy = endsBefore < now ? endsBefore : now;
        var times = results.GroupBy(r => r.InstrumentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.SubmittedAt).Order().ToList(), StringComparer.Ordinal);
        foreach (var schedule in schedules.OrderBy(s => s.InstrumentCode, StringComparer.Ordinal).ThenBy(s => s.StartDate))
        {
            var windows = schedule.ClosedWindows(startsAt, closedBy, zone).ToList();
            if (windows.Count == 0)
            {
                continue;
            }

            var own = times.GetValueOrDefault(schedule.InstrumentCode) ?? [];
            var missed = windows.Where(w => !own.Any(at => at >= w.OpensAt && at < w.ClosesAt))
                .Select(w => HomeworkStatuses.LocalDate(w.OpensAt, zone)).ToList();
            lines.Add(ReportText.ScheduleGaps(schedule.InstrumentCode, schedule.CadenceDays, windows.Count, missed, ListedWindows));
        }

        var scheduled = schedules.Select(s => s.InstrumentCode).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, at) in times.Where(t => !scheduled.Contains(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var days = at.Select(a => HomeworkStatuses.LocalDate(a, zone)).Where(d => d <= to).Distinct().Order().ToList();
            var inPeriod = days.Count(d => d >= from);
            if (inPeriod == 0)
            {
                continue;
            }

            // The interval before each result of the period, from the result before it (which may lie before the period).
            var longest = days.Select((d, i) => (From: i > 0 ? days[i - 1] : d, To: d)).Where(p => p.To >= from && p.From != p.To)
                .OrderByDescending(p => p.To.DayNumber - p.From.DayNumber).ThenBy(p => p.To).FirstOrDefault();
            lines.Add(longest.From == default
                ? ReportText.UnscheduledSingle(code, inPeriod)
                : ReportText.UnscheduledGap(code, inPeriod, longest.From, longest.To));
        }

        if (schedules.Count == 0 && lines.Count == 0)
        {
            lines.Add(ReportText.NothingScheduled);
        }

        if (!results.Any(r => InstrumentLibrary.TryGet(r.InstrumentCode, out var i) && i is { IsProcessMeasure: true }))
        {
            lines.Add(ReportText.NoProcessMeasure);
        }

        return lines;
    }
}
