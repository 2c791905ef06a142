using ClinicalPortal.Application.Common.Abstractions;
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

public sealed class GetDueAssessmentsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetDueAssessments, Result<IReadOnlyList<DueAssessmentResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<DueAssessmentResponse>>> Handle(GetDueAssessments query, CancellationToken ct)
    {
        if (user.Role != Role.Client || user.UserId is not { } me || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only a client has assessments due.");
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.UserId == me && c.OrganizationId == org)
            .Select(c => new { c.Id, c.TimeZone }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        audit.Touch(client.Id);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = clock.GetUtcNow();
        var schedules = await db.MeasureSchedules.AsNoTracking().Where(s => s.ClientId == client.Id).ToListAsync(ct);
        var due = new List<DueAssessmentResponse>();
        foreach (var schedule in schedules)
        {
            if (schedule.WindowAt(now, zone) is not { } window)
            {
                continue;
            }

            // The window is in the client's local offset; the database compares instants in UTC.
            var (opens, closes) = (window.OpensAt.ToUniversalTime(), window.ClosesAt.ToUniversalTime());
            var answered = await db.Assessments.AnyAsync(a =>
                a.ClientId == client.Id && a.InstrumentCode == schedule.InstrumentCode &&
                a.SubmittedAt >= opens && a.SubmittedAt < closes, ct);
            if (!answered && InstrumentLibrary.TryGet(schedule.InstrumentCode, out var instrument))
            {
                due.Add(new DueAssessmentResponse(schedule.Id.Value, instrument.Code, instrument.Name, instrument.TimeFrame,
                    instrument.Items.Count, window.Index, window.OpensAt, window.ClosesAt));
            }
        }

        audit.Describe(new { count = due.Count });
        return due.OrderBy(d => d.ExpiresAt).ToList();
    }
}
