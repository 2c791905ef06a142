using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// One of the client's own homework tasks, with what they recorded (answers, reflection, skip reason): the page they do
/// it on, or read it back. Anyone else's task, or a cancelled one, is a 404.
/// </summary>
public sealed record GetMyHomeworkTask(Guid TaskId) : IQuery<Result<HomeworkTaskResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.read";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetMyHomeworkTaskHandler(IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetMyHomeworkTask, Result<HomeworkTaskResponse>>
{
    public async ValueTask<Result<HomeworkTaskResponse>> Handle(GetMyHomeworkTask query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } me)
        {
            return ClientAccess.NotFound;
        }

        var id = new HomeworkTaskId(query.TaskId);
        audit.Touch(id.ToString(), me);
        var row = await HomeworkRows.Own(db, db.HomeworkTasks.AsNoTracking().Where(t => t.State != HomeworkState.Cancelled), me, id)
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return Error.NotFound("Homework task");
        }

        var now = clock.GetUtcNow();
        return HomeworkRows.Respond(row.Task, row.Item, ClientCalendar.Of(row.TimeZone, now).Zone, now, text);
    }
}
