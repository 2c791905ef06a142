using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>The client's measure schedules, ended ones included, each with the window open now.</summary>
public sealed record ListMeasureSchedules(Guid ClientId) : IQuery<Result<IReadOnlyList<MeasureScheduleResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "schedule.list";
    public static string AuditResourceType => "MeasureSchedule";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class ListMeasureSchedulesHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<ListMeasureSchedules, Result<IReadOnlyList<MeasureScheduleResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<MeasureScheduleResponse>>> Handle(ListMeasureSchedules query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId);
        var client = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.TimeZone }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        var now = clock.GetUtcNow();
        var schedules = await db.MeasureSchedules.AsNoTracking().Where(s => s.ClientId == clientId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(ct);
        audit.Describe(new { count = schedules.Count });
        return schedules.Select(s => MeasureScheduleResponse.From(s, zone, now)).ToList();
    }
}
