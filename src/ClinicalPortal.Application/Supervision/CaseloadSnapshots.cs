using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// Reads, for clients the caller already reaches (their ids come from <see cref="Common.Access.ClientAccess.Reachable"/>),
/// what the flag rules and the caseload overview need, in six statements whatever the number of clients: results
/// (<see cref="ICaseloadFacts.MeasuresAsync"/>), homework of the 14 days before each client's own today, unresolved
/// alerts with the acknowledgement deadline in force, running measure schedules, the PHQ-9 item 9 answers above 0 of
/// the last 14 days (that item only), and which clients have a safety plan on file.
/// </summary>
public sealed class CaseloadSnapshots(IPortalDbContext db, ICaseloadFacts facts)
{
    public async Task<CaseloadSnapshot> LoadAsync(IReadOnlyList<(ClientId Id, string TimeZone)> clients, DateTimeOffset now, CancellationToken ct)
    {
        var ids = clients.Select(c => c.Id.Value).ToList();
        var zones = clients.ToDictionary(c => c.Id.Value, c => TimeZoneInfo.FindSystemTimeZoneById(c.TimeZone));
        var todays = clients.Select(c => HomeworkStatuses.LocalDate(now, zones[c.Id.Value])).ToList();
        var measures = await facts.MeasuresAsync(ids, CaseloadRules.WindowStart(now), ct);
        var homework = await facts.HomeworkAsync(ids, todays, CaseloadRules.HomeworkWindowDays, ct);
        var clientIds = clients.Select(c => c.Id).ToList();
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => clientIds.Contains(a.ClientId) && a.Status != AlertStatus.Resolved)
            .Select(a => new AlertFact(
                a.ClientId.Value, a.Status, a.Tier, a.Level, a.CreatedAt,
                // A tier rise cancels the pending deadline for an earlier one; a reopening adds one: the latest not cancelled.
                db.AlertDeadlines
                    .Where(d => d.AlertId == a.Id && d.Kind == AlertDeadlineKind.Escalation && d.Level == 1 && d.CancelledAt == null)
                    .Max(d => (DateTimeOffset?)d.DueAt)))
            .ToListAsync(ct);
        var schedules = (await db.MeasureSchedules.AsNoTracking()
                .Where(s => clientIds.Contains(s.ClientId) && s.EndedAt == null)
                .ToListAsync(ct))
            .Select(s => new ScheduleFact(s.ClientId.Value, s.InstrumentCode, s.LastClosedWindow(now, zones[s.ClientId.Value])))
            .ToList();
        var since = now.AddDays(-CaseloadRules.Item9WindowDays);
        var item9 = await db.Assessments.AsNoTracking()
            .Where(a => clientIds.Contains(a.ClientId) && a.InstrumentCode == FollowUpScreen.TriggerInstrument && a.SubmittedAt > since
                && a.Answers[FollowUpScreen.TriggerItem - 1] > 0)
            .Select(a => new Item9Fact(a.ClientId.Value, a.SubmittedAt, a.Answers[FollowUpScreen.TriggerItem - 1]!.Value))
            .ToListAsync(ct);
        var withPlan = (await db.SafetyPlans.AsNoTracking().Where(p => clientIds.Contains(p.ClientId)).Select(p => p.ClientId).Distinct().ToListAsync(ct))
            .Select(id => id.Value).ToHashSet();
        return new CaseloadSnapshot(
            measures.ToLookup(m => m.ClientId), homework.ToDictionary(h => h.ClientId), alerts.ToLookup(a => a.ClientId),
            schedules.ToLookup(s => s.ClientId), item9.ToLookup(i => i.ClientId), withPlan, now);
    }
}
