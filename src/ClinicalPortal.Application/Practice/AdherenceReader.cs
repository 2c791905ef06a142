using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// A client's adherence over a range of their days, as the API and the progress report show it (figures only), with the
/// number of tasks behind it (cancelled ones are not counted) for the audit trail and for "no practice in this period".
/// </summary>
public static class AdherenceReader
{
    public static async Task<(AdherenceResponse Adherence, int Tasks)> ReadAsync(
        IPortalDbContext db, ClientId clientId, ClientCalendar calendar, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ClientId == clientId && t.Date >= from && t.Date <= to && t.State != HomeworkState.Cancelled)
            .Join(db.PracticePlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t, i.ModuleTitle })
            .ToListAsync(ct);
        // Each module version's components once, not its whole content once per task.
        var versions = rows.Select(r => r.t.ModuleVersionId).Distinct().ToList();
        var components = (await db.ModuleVersions.AsNoTracking().Where(v => versions.Contains(v.Id)).Select(v => new { v.Id, v.Content }).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => v.Content.Components);
        var tasks = rows.Select(r => new AdherenceTask(
                r.t.ModuleId, r.ModuleTitle, components[r.t.ModuleVersionId], r.t.Date, r.t.StatusAt(calendar.Zone, now), r.t.DistressBefore, r.t.DistressAfter))
            .ToList();
        var report = Adherence.Compute(tasks, calendar.Today);
        var adherence = new AdherenceResponse(
            clientId.Value, from, to, Completion(report.Overall), report.CurrentStreak, report.LongestStreak,
            report.PerModule.Select(m => new ModuleAdherenceResponse(m.ModuleId.Value, m.Title, Completion(m.Completion), Change(m.MeanDistressChange))).ToList(),
            report.PerComponent.Select(c => new ComponentAdherenceResponse(c.Component.ToString(), Change(c.MeanDistressChange))).ToList());
        return (adherence, tasks.Count);
    }

    private static CompletionResponse Completion(CompletionRate rate) => new(rate.Done, rate.Skipped, rate.Missed, rate.Counted, rate.Rate);

    private static DistressChangeResponse Change(DistressChange change) => new(change.Mean, change.N);
}
