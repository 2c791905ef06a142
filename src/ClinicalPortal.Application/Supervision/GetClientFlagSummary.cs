using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Supervision;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// The flag history of one client the caller reaches (a supervisor's team, an administrator's organisation): the
/// flags now, and every flag in the record: results judged as of the day each was taken, alerts (open, late), and
/// each 14-day stretch of homework under 30 % done. A client outside reach is 404.
/// </summary>
public sealed record GetClientFlagSummary(Guid ClientId) : IQuery<Result<ClientFlagSummaryResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "supervision.client_summary";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.SupervisorsAndAdministrators;
}

public sealed class GetClientFlagSummaryHandler(IPortalDbContext db, ClientAccess access, CaseloadSnapshots snapshots, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetClientFlagSummary, Result<ClientFlagSummaryResponse>>
{
    public async ValueTask<Result<ClientFlagSummaryResponse>> Handle(GetClientFlagSummary query, CancellationToken ct)
    {
        var found = await access.FindAsync(query.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var today = HomeworkStatuses.LocalDate(now, zone);
        // The flags now, as caseload risk reads them.
        var current = (await snapshots.LoadAsync([(client.Id, client.TimeZone)], now, ct)).Findings(client.Id.Value);

        var alerts = await db.Alerts.AsNoTracking().Where(a => a.ClientId == client.Id)
            .Select(a => new
            {
                a.Tier, a.CreatedAt, a.FirstAcknowledgedAt,
                // The first acknowledgement's deadline: the earliest one set before anyone acknowledged.
                FirstDeadline = db.AlertDeadlines
                    .Where(d => d.AlertId == a.Id && d.Kind == AlertDeadlineKind.Escalation && d.Level == 1)
                    .Min(d => (DateTimeOffset?)d.DueAt),
            })
            .ToListAsync(ct);
        var results = await db.Assessments.AsNoTracking().Where(a => a.ClientId == client.Id)
            .Select(a => new
            {
                a.InstrumentCode, a.SubmittedAt, a.Id, a.Total, a.Subscales,
                // Of the answers, PHQ-9 item 9 alone: the flag history lists its positive answers, never the others.
                Item9 = a.InstrumentCode == FollowUpScreen.TriggerInstrument ? a.Answers[FollowUpScreen.TriggerItem - 1] : null,
            })
            .ToListAsync(ct);
        var record = results
            .GroupBy(r => r.InstrumentCode, StringComparer.Ordinal)
            .Select(g => (Found: InstrumentLibrary.TryGet(g.Key, out var instrument), Instrument: instrument!, Results: g))
            .Where(g => g.Found)
            .Select(g => (g.Instrument,
                (IReadOnlyList<ScorePoint>)g.Results.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id.Value)
                    .Select(r => new ScorePoint(r.SubmittedAt, r.Total, r.Subscales)).ToList()));
        var history = CaseloadRules.ResultHistory(record).ToList();
        history.AddRange(alerts.SelectMany(a => CaseloadRules.AlertHistory(a.Tier, a.CreatedAt, a.FirstDeadline, a.FirstAcknowledgedAt, now)));
        history.AddRange(CaseloadRules.Item9History(results.Where(r => r.Item9 is > 0).Select(r => (r.SubmittedAt, r.Item9!.Value))));
        history.AddRange(await HomeworkHistoryAsync(client.Id, zone, today, ct));

        audit.Describe(new { asOf = now, current = current.Count, history = history.Count });
        return new ClientFlagSummaryResponse(
            client.Id.Value, $"{client.GivenName} {client.FamilyName}", client.ClinicianId.Value, client.Track, now,
            current.Select(f => FlagReasonResponse.Of(f, zone)).ToList(),
            history.OrderByDescending(f => f.At).ThenBy(f => f.Flag).Select(f => FlagReasonResponse.Of(f, zone)).ToList());
    }

    /// <summary>
    /// Each 14-day stretch before today, counting back from yesterday until the stretch that holds the first homework
    /// day, in which under 30 % of the homework due was done; dated at the stretch's end (the start of the day after it).
    /// </summary>
    private async Task<IEnumerable<CaseloadFinding>> HomeworkHistoryAsync(ClientId client, TimeZoneInfo zone, DateOnly today, CancellationToken ct)
    {
        var days = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ClientId == client && t.Date < today && t.State != HomeworkState.Cancelled)
            .GroupBy(t => t.Date)
            .Select(g => new { Date = g.Key, Due = g.Count(), Done = g.Count(t => t.State == HomeworkState.Done) })
            .ToListAsync(ct);
        if (days.Count == 0)
        {
            return [];
        }

        var first = days.Min(d => d.Date);
        var findings = new List<CaseloadFinding>();
        for (var end = today; end > first; end = end.AddDays(-CaseloadRules.HomeworkWindowDays))
        {
            var start = end.AddDays(-CaseloadRules.HomeworkWindowDays);
            var stretch = days.Where(d => d.Date >= start && d.Date < end).ToList();
            if (CaseloadRules.HomeworkOverdue(stretch.Sum(d => d.Due), stretch.Sum(d => d.Done)) is { } overdue)
            {
                findings.Add(overdue with { Since = ReportPeriod.StartOf(start, zone), At = ReportPeriod.StartOf(end, zone) });
            }
        }

        return findings;
    }
}
