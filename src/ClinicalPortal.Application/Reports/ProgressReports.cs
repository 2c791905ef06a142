using System.Security.Cryptography;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Reads a reached client's record for a period into a <see cref="ProgressReport"/>, renders it, and records the
/// disclosure (register row and audit details with the SHA-256 of the bytes) in the request's transaction: a report
/// handed out is always on record, and nothing is recorded for one that failed. Minimum necessary: item answers, the
/// client's reflections and alert notes go only to a reader who may read them (the client's clinician; a supervisor
/// sees figures), and free text only when the author ticked it.
/// </summary>
public sealed class ProgressReports(
    IPortalDbContext db, IHealthTextProtector text, CrisisResourceLookup crisis, IProgressReportRenderer renderer,
    ClientAccess access, ICurrentUser user, AuditScope audit, TimeProvider clock)
{
    /// <summary>
    /// The report of a reached client (the caller found it through <see cref="ClientAccess"/>), for the period asked
    /// (validated by the request's validator; resolved against the client's today at the report's own generated-at time).
    /// </summary>
    public async Task<Result<ProgressReportFile>> GenerateAsync(
        Client client, string? from, string? to, ReportAudience audience, IReadOnlyList<Guid>? reflectionIds, IReadOnlyList<Guid>? alertNoteIds,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToStoredPrecision();
        var calendar = ClientCalendar.Of(client.TimeZone, now);
        var (periodFrom, periodTo) = ReportPeriod.Resolve(from, to, calendar.Today);
        var request = new ReportRequest(periodFrom, periodTo, audience, [.. (reflectionIds ?? []).Distinct()], [.. (alertNoteIds ?? []).Distinct()]);
        var readsText = access.ReadsFreeText(client.ClinicianId);
        if (!readsText && (request.ReflectionIds.Count > 0 || request.AlertNoteIds.Count > 0))
        {
            // Minimum necessary: a supervisor's report carries figures; what the client wrote stays with their clinician.
            var field = request.ReflectionIds.Count > 0 ? "includeReflectionIds" : "includeAlertNoteIds";
            return Error.Validation(field, $"'{field}' is for the client's own clinician: a supervisor's report carries no free text.");
        }

        var zone = calendar.Zone;
        var endsBefore = ReportPeriod.StartOf(request.To.AddDays(1), zone);
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == client.OrganizationId)
            .Select(o => new { Organization = o.Name, Clinician = db.Staff.Where(s => s.Id == client.ClinicianId).Select(s => s.DisplayName).FirstOrDefault() })
            .FirstAsync(ct);
        var previousReportAt = await db.ReportDisclosures.AsNoTracking()
            .Where(r => r.ClientId == client.Id && r.Audience == request.Audience && r.GeneratedAt < now)
            .MaxAsync(r => (DateTimeOffset?)r.GeneratedAt, ct);

        var seesAnswers = readsText && ListAssessments.SeesAnswers(user.Role!.Value);
        // Everything up to the period's end: results before it are the baseline and the previous result of the first row.
        var results = await db.Assessments.AsNoTracking().Where(a => a.ClientId == client.Id && a.SubmittedAt < endsBefore)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var instruments = Instruments(results, request, zone, previousReportAt, seesAnswers, client.Country);
        var practice = await PracticeAsync(client, request, calendar, now, endsBefore, readsText, ct);
        if (!practice.IsSuccess)
        {
            return practice.Error!;
        }

        var plan = await SafetyPlans.LatestAsync(db, client.Id, ct);
        SafetyReport? safety = null;
        ClientResources? resources = null;
        MeasurementReport? measurement = null;
        if (request.Audience == ReportAudience.Clinician)
        {
            var alerts = await AlertsAsync(client.Id, request, zone, ReportPeriod.StartOf(request.From, zone), endsBefore, ct);
            if (!alerts.IsSuccess)
            {
                return alerts.Error!;
            }

            var (riskRows, earlierRisk) = RiskHistory.Build(results, request.From, request.To, zone, seesAnswers);
            safety = new SafetyReport(alerts.Value!, plan?.Version, plan is null ? null : HomeworkStatuses.LocalDate(plan.CreatedAt, zone), riskRows, earlierRisk);
            var schedules = await db.MeasureSchedules.AsNoTracking().Where(m => m.ClientId == client.Id).ToListAsync(ct);
            measurement = new MeasurementReport(
                MeasurementGaps.Build(schedules, results, request.From, request.To, ReportPeriod.StartOf(request.From, zone), endsBefore, now, zone),
                [.. instruments.SelectMany(i => i.Criteria)]);
        }
        else
        {
            resources = new ClientResources(
                await crisis.ForClientAsync(client.Id, CrisisLines.AnswersNotMonitored, ct), plan is null ? null : Bounded(SafetyPlanResponse.From(plan, text)));
        }

        var header = new ReportHeader(
            $"{client.GivenName} {client.FamilyName}", client.DateOfBirth, request.From, request.To, names.Clinician ?? "-",
            names.Organization, TimeZoneInfo.ConvertTime(now, zone), client.TimeZone, client.Country);
        var report = new ProgressReport(
            request.Audience, header, ProgressReport.SummaryOf(request.Audience, instruments), instruments, practice.Value, safety, resources, measurement);
        var rendered = renderer.Render(report);
        var sha = Convert.ToHexStringLower(SHA256.HashData(rendered.Pdf));
        var disclosure = ReportDisclosure.Record(
            client.OrganizationId, client.Id, request.Audience, request.From, request.To, now, user.UserId!.Value, user.Role!.Value, sha,
            rendered.Pdf.Length, rendered.Pages);
        db.ReportDisclosures.Add(disclosure);
        audit.Describe(new
        {
            disclosure = disclosure.Id.Value,
            from = request.From,
            to = request.To,
            audience = request.Audience.ToString(),
            sha256 = sha,
            bytes = rendered.Pdf.Length,
            pages = rendered.Pages,
            instruments = instruments.Count,
            answersIncluded = instruments.Any(i => i.LatestAnswers is not null),
            reflections = request.ReflectionIds,
            alertNotes = request.AlertNoteIds,
        });
        var fileName = $"progress-report-{ReportText.Date(request.From)}-to-{ReportText.Date(request.To)}.pdf";
        return new ProgressReportFile(rendered.Pdf, fileName, sha, disclosure.Id.Value);
    }

    /// <summary>One section per instrument version given in the period: symptom measures by code, then the process measures.</summary>
    private static List<InstrumentReport> Instruments(
        IReadOnlyList<Assessment> results, ReportRequest request, TimeZoneInfo zone, DateTimeOffset? previousReportAt, bool answers, string? country)
    {
        var sections = new List<InstrumentReport>();
        foreach (var group in results.GroupBy(a => (a.InstrumentCode, a.InstrumentVersion)).OrderBy(g => g.Key.InstrumentCode, StringComparer.Ordinal))
        {
            if (!InstrumentLibrary.TryGet(group.Key.InstrumentCode, out var instrument) || instrument is null || instrument.Version != group.Key.InstrumentVersion)
            {
                continue; // an instrument version no longer defined cannot be worded by today's rules; the API still lists it
            }

            var section = InstrumentSections.Build(new InstrumentSections.Input(
                instrument, group.ToList(), request.From, request.To, zone, previousReportAt, request.Audience, answers, country));
            if (section is not null)
            {
                sections.Add(section);
            }
        }

        return [.. sections.OrderBy(i => i.IsProcessMeasure)];
    }

    /// <summary>The safety plan as the client's report prints it: each entry bounded (<see cref="ReportText.Bounded"/>), empty ones left out.</summary>
    private static SafetyPlanResponse Bounded(SafetyPlanResponse plan)
    {
        static string[] Entries(IReadOnlyList<string> entries) =>
            [.. entries.Select(e => ReportText.Bounded(e, ReportText.EntryLimit, maxLines: 6)).Where(e => e.Length > 0)];
        return plan with
        {
            WarningSigns = Entries(plan.WarningSigns),
            CopingStrategies = Entries(plan.CopingStrategies),
            DistractionPeopleAndPlaces = Entries(plan.DistractionPeopleAndPlaces),
            PeopleToAskForHelp = Entries(plan.PeopleToAskForHelp),
            ProfessionalsAndServices = Entries(plan.ProfessionalsAndServices),
            MakingTheEnvironmentSafe = Entries(plan.MakingTheEnvironmentSafe),
            ReasonsForLiving = Entries(plan.ReasonsForLiving),
        };
    }

    private async Task<Result<PracticeReport?>> PracticeAsync(
        Client client, ReportRequest request, ClientCalendar calendar, DateTimeOffset now, DateTimeOffset endsBefore, bool readsText, CancellationToken ct)
    {
        var reflections = new List<ReflectionExcerpt>();
        if (request.ReflectionIds.Count > 0)
        {
            var ids = request.ReflectionIds.Select(id => new HomeworkTaskId(id)).ToList();
            var found = await db.HomeworkTasks.AsNoTracking()
                .Where(t => t.ClientId == client.Id && ids.Contains(t.Id) && t.State == HomeworkState.Done && t.ReflectionProtected != null)
                .Join(db.PracticePlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t.Id, t.Date, i.ModuleTitle, t.ReflectionProtected })
                .ToListAsync(ct);
            var missing = request.ReflectionIds.Select((id, i) => (id, i)).Where(x => found.All(f => f.Id.Value != x.id)).ToList();
            if (missing.Count > 0)
            {
                return NotIncluded("includeReflectionIds", missing.Select(m => m.i), "must be a completed homework task of this client with a reflection.");
            }

            reflections.AddRange(found.OrderBy(f => f.Date).ThenBy(f => f.Id.Value)
                .Select(f => new ReflectionExcerpt(f.Id.Value, f.Date, f.ModuleTitle, ReportText.Bounded(text.Unprotect(f.ReflectionProtected!))))
                .Where(r => r.Text.Length > 0));
        }

        var (adherence, tasks) = await AdherenceReader.ReadAsync(db, client.Id, calendar, request.From, request.To, now, ct);
        // The goals of the plan in force at the period's end; free text, so withheld from a supervisor as the plans API does.
        var goals = await db.PracticePlans.AsNoTracking().Where(p => p.ClientId == client.Id && p.CreatedAt < endsBefore)
            .OrderByDescending(p => p.CreatedAt).Select(p => p.GoalsProtected).FirstOrDefaultAsync(ct);
        if (tasks == 0 && goals is null && reflections.Count == 0)
        {
            return (PracticeReport?)null;
        }

        var goalsText = goals is not null && readsText ? ReportText.Bounded(text.Unprotect(goals)) : null;
        return new PracticeReport(string.IsNullOrEmpty(goalsText) ? null : goalsText, adherence, reflections);
    }

    private static Error NotIncluded(string field, IEnumerable<int> positions, string message) =>
        Error.Validation(positions.ToDictionary(i => $"{field}[{i}]", i => new[] { $"'{field}[{i}]' {message}" }));

    private async Task<Result<IReadOnlyList<AlertSummary>>> AlertsAsync(
        ClientId client, ReportRequest request, TimeZoneInfo zone, DateTimeOffset startsAt, DateTimeOffset endsBefore, CancellationToken ct)
    {
        // Open at any time in the period: raised before its end, and not resolved before its start.
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.ClientId == client && a.CreatedAt < endsBefore && (a.ResolvedAt == null || a.ResolvedAt >= startsAt))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var missing = request.AlertNoteIds.Select((id, i) => (id, i)).Where(x => alerts.All(a => a.Id.Value != x.id)).ToList();
        if (missing.Count > 0)
        {
            return NotIncluded("includeAlertNoteIds", missing.Select(m => m.i), "must be an alert of this client open in the period.");
        }

        var ids = alerts.Select(a => a.Id).ToList();
        var events = await db.AlertEvents.AsNoTracking()
            .Where(e => ids.Contains(e.AlertId) && (e.Kind == AlertEventKind.Raised || e.Kind == AlertEventKind.Escalated || e.Kind == AlertEventKind.NoteAdded))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        return alerts.Select(a =>
        {
            var own = events.Where(e => e.AlertId == a.Id).ToList();
            var source = own.FirstOrDefault(e => e.Kind == AlertEventKind.Raised)?.Source;
            var notes = request.AlertNoteIds.Contains(a.Id.Value)
                ? own.Where(e => e.Kind == AlertEventKind.NoteAdded && e.TextProtected is not null)
                    .Select(e => $"{ReportText.DateTime(TimeZoneInfo.ConvertTime(e.At, zone))}: {ReportText.Bounded(text.Unprotect(e.TextProtected!))}").ToList()
                : [];
            return new AlertSummary(
                a.Id.Value, TimeZoneInfo.ConvertTime(a.CreatedAt, zone), source is null ? "-" : ReportText.Words(source.Value.ToString()),
                ReportText.Words(a.Tier.ToString()), ReportText.Words(a.Status.ToString()),
                a.FirstAcknowledgedAt - a.CreatedAt, a.ResolvedAt - a.CreatedAt, a.Disposition is { } d ? ReportText.Words(d.ToString()) : null,
                own.Where(e => e.Kind == AlertEventKind.Escalated && e.Target is not null).Select(e => ReportText.Words(e.Target!.Value.ToString())).Distinct().ToList(),
                notes);
        }).ToList();
    }
}
