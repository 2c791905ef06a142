using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

public sealed record DueAssessmentResponse(
    Guid ScheduleId, string Instrument, string InstrumentName, string TimeFrame, int ItemCount, int WindowIndex,
    DateTimeOffset DueAt, DateTimeOffset ExpiresAt);

/// <summary>What the signed-in client should answer now: every schedule whose current window is open and unanswered.</summary>
public sealed record GetDueAssessments : IQuery<Result<IReadOnlyList<DueAssessmentResponse>>>, IAudited
{
    public static string AuditAction => "assessment.due";
    public static string AuditResourceType => "MeasureSchedule";
}

public sealed class GetDueAssessmentsHandler(
    IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetDueAssessments, Result<IReadOnlyList<DueAssessmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<DueAssessmentResponse>>> Handle(GetDueAssessments query, CancellationToken ct)
    {
        if (user.Role != Role.Client)
        {
            return Error.Forbidden("Only a client has assessments due.");
        }

        // For a client, the reachable records are its own.
        var client = await access.Reachable().AsNoTracking().Select(c => new { c.Id, c.TimeZone }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        audit.Touch(client.Id);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = clock.GetUtcNow();
        var schedules = await db.MeasureSchedules.AsNoTracking().Where(s => s.ClientId == client.Id).ToListAsync(ct);
        // A window is open now, so it is answered exactly when the latest result of its instrument came after it opened.
        var latest = await db.Assessments.AsNoTracking().Where(a => a.ClientId == client.Id)
            .GroupBy(a => a.InstrumentCode)
            .Select(g => new { Instrument = g.Key, At = g.Max(a => a.SubmittedAt) })
            .ToDictionaryAsync(x => x.Instrument, x => x.At, ct);

        var due = new List<DueAssessmentResponse>();
        foreach (var schedule in schedules)
        {
            if (schedule.WindowAt(now, zone) is not { } window
                || (latest.TryGetValue(schedule.InstrumentCode, out var at) && at >= window.OpensAt)
                || !InstrumentLibrary.TryGet(schedule.InstrumentCode, out var instrument))
            {
                continue;
            }

            due.Add(new DueAssessmentResponse(schedule.Id.Value, instrument.Code, instrument.Name, instrument.TimeFrame,
                instrument.Items.Count, window.Index, window.OpensAt, window.ClosesAt));
        }

        audit.Describe(new { count = due.Count });
        return due.OrderBy(d => d.ExpiresAt).ToList();
    }
}
