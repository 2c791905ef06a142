using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// Reads, for clients the caller already reaches (their ids come from <see cref="Common.Access.ClientAccess.Reachable"/>),
/// what the flag rules and the caseload overview need, in three statements whatever the number of clients: results
/// (<see cref="ICaseloadFacts.MeasuresAsync"/>), homework of the 14 days before each client's own today, and
/// unresolved alerts with the acknowledgement deadline in force.
/// </summary>
public sealed class CaseloadSnapshots(IPortalDbContext db, ICaseloadFacts facts)
{
    public async Task<CaseloadSnapshot> LoadAsync(IReadOnlyList<(ClientId Id, string TimeZone)> clients, DateTimeOffset now, CancellationToken ct)
    {
        var ids = clients.Select(c => c.Id.Value).ToList();
        var todays = clients.Select(c => HomeworkStatuses.LocalDate(now, TimeZoneInfo.FindSystemTimeZoneById(c.TimeZone))).ToList();
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
        return new CaseloadSnapshot(measures.ToLookup(m => m.ClientId), homework.ToDictionary(h => h.ClientId), alerts.ToLookup(a => a.ClientId), now);
    }
}
