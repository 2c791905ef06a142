using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Supervision;

/// <summary>The unresolved alerts of clients already reached, as the flag rules read them (the acknowledgement deadline in force).</summary>
public static class UnresolvedAlerts
{
    public static Task<List<AlertFact>> OfAsync(IPortalDbContext db, IReadOnlyCollection<ClientId> clients, CancellationToken ct) =>
        db.Alerts.AsNoTracking()
            .Where(a => clients.Contains(a.ClientId) && a.Status != AlertStatus.Resolved)
            .Select(a => new AlertFact(
                a.ClientId.Value, a.Status, a.Tier, a.Level, a.CreatedAt,
                // A tier rise cancels the pending deadline for an earlier one; a reopening adds one: the latest not cancelled.
                db.AlertDeadlines
                    .Where(d => d.AlertId == a.Id && d.Kind == AlertDeadlineKind.Escalation && d.Level == 1 && d.CancelledAt == null)
                    .Max(d => (DateTimeOffset?)d.DueAt)))
            .ToListAsync(ct);
}
