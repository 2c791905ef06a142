using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>
/// What the signed-in client should answer now: the C-SSRS screener first when a PHQ-9 item 9 above 0 asks for it
/// (<see cref="FollowUpScreen"/>), then every schedule whose current window is open and unanswered, soonest to close first.
/// </summary>
public sealed record GetDueAssessments : IQuery<Result<IReadOnlyList<DueAssessmentResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "assessment.due";
    public static string AuditResourceType => "MeasureSchedule";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetDueAssessmentsHandler(
    IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetDueAssessments, Result<IReadOnlyList<DueAssessmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<DueAssessmentResponse>>> Handle(GetDueAssessments query, CancellationToken ct)
    {
        // For a client, the reachable records are its own.
        var client = await access.Reachable().AsNoTracking().Select(c => new { c.Id, c.TimeZone, c.Status }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        audit.Touch(client.Id);
        if (client.Status != ClientStatus.Active)
        {
            // Care has ended: nothing is due (a discharged client cannot sign in; this holds for any other caller too).
            audit.Describe(new { count = 0 });
            return Array.Empty<DueAssessmentResponse>();
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = clock.GetUtcNow();
        var schedules = await db.MeasureSchedules.AsNoTracking().Where(s => s.ClientId == client.Id && s.EndedAt == null).ToListAsync(ct);
        // A window is open now, so it is answered exactly when the latest result of its instrument came after it opened.
        var latest = await db.Assessments.AsNoTracking().Where(a => a.ClientId == client.Id)
            .GroupBy(a => a.InstrumentCode)
            .Select(g => new { Instrument = g.Key, At = g.Max(a => a.SubmittedAt) })
            .ToDictionaryAsync(x => x.Instrument, x => x.At, ct);

        // The latest result that asks for the follow-up screener (PHQ-9 item 9 above 0): one index probe.
        var asking = await db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == client.Id && a.InstrumentCode == FollowUpScreen.TriggerInstrument
                && a.Answers[FollowUpScreen.TriggerItem - 1] > 0)
            .MaxAsync(a => (DateTimeOffset?)a.SubmittedAt, ct);

        var due = new List<DueAssessmentResponse>();
        if (FollowUpScreen.IsDue(asking, latest.TryGetValue(FollowUpScreen.Screener, out var screened) ? screened : null)
            && InstrumentLibrary.TryGet(FollowUpScreen.Screener, out var screener))
        {
            due.Add(new DueAssessmentResponse(null, screener.Code, screener.Name, screener.TimeFrame, screener.Items.Count, null,
                asking!.Value, null, DueAssessmentResponse.FollowUpScreen, DueAssessmentResponse.FollowUpScreenText));
        }

        foreach (var schedule in schedules)
        {
            // A schedule of the screener open beside the follow-up is the same questionnaire: listed once, one answer closes both.
            if (due.Any(d => d.Instrument == schedule.InstrumentCode)
                || schedule.WindowAt(now, zone) is not { } window
                || (latest.TryGetValue(schedule.InstrumentCode, out var at) && at >= window.OpensAt)
                || !InstrumentLibrary.TryGet(schedule.InstrumentCode, out var instrument))
            {
                continue;
            }

            due.Add(new DueAssessmentResponse(schedule.Id.Value, instrument.Code, instrument.Name, instrument.TimeFrame,
                instrument.Items.Count, window.Index, window.OpensAt, window.ClosesAt, DueAssessmentResponse.Scheduled,
                DueAssessmentResponse.ScheduledText));
        }

        audit.Describe(new { count = due.Count });
        // The follow-up screener first (it has no closing time), then the windows that close soonest.
        return due.OrderBy(d => d.Reason != DueAssessmentResponse.FollowUpScreen).ThenBy(d => d.ExpiresAt).ToList();
    }
}
