using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>The clinician ends a schedule: it stays on record (with when and by whom), and nothing of it is due any more.</summary>
public sealed record EndMeasureSchedule(Guid ClientId, Guid ScheduleId) : ICommand<Result<MeasureScheduleResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "schedule.end";
    public static string AuditResourceType => "MeasureSchedule";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clinicians;
}

public sealed class EndMeasureScheduleHandler(IPortalDbContext db, ClientAccess access, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<EndMeasureSchedule, Result<MeasureScheduleResponse>>
{
    public async ValueTask<Result<MeasureScheduleResponse>> Handle(EndMeasureSchedule command, CancellationToken ct)
    {
        var found = await access.FindAsync(command.ClientId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var client = found.Value;
        audit.Touch(command.ScheduleId.ToString(), client.Id);
        var id = new MeasureScheduleId(command.ScheduleId);
        var schedule = await db.MeasureSchedules.FirstOrDefaultAsync(s => s.Id == id && s.ClientId == client.Id, ct);
        if (schedule is null)
        {
            return GetMeasureScheduleHandler.NotFound;
        }

        var now = clock.GetUtcNow();
        var ended = schedule.End(user.UserId!.Value, now);
        return ended.IsSuccess
            ? MeasureScheduleResponse.From(schedule, TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone), now)
            : ended.Error!;
    }
}
