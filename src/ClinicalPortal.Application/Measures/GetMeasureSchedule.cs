using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>One schedule of a client within reach (where a new schedule's Location points).</summary>
public sealed record GetMeasureSchedule(Guid ClientId, Guid ScheduleId) : IQuery<Result<MeasureScheduleResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "schedule.read";
    public static string AuditResourceType => "MeasureSchedule";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class GetMeasureScheduleHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetMeasureSchedule, Result<MeasureScheduleResponse>>
{
    public static readonly Error NotFound = Error.NotFound("Measure schedule");

    public async ValueTask<Result<MeasureScheduleResponse>> Handle(GetMeasureSchedule query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(query.ScheduleId.ToString(), clientId);
        var client = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.TimeZone }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        var id = new MeasureScheduleId(query.ScheduleId);
        var schedule = await db.MeasureSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ClientId == clientId, ct);
        return schedule is null
            ? NotFound
            : MeasureScheduleResponse.From(schedule, TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone), clock.GetUtcNow());
    }
}
