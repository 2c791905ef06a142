using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>The client's homework by day (default: today and the next 6 days), with status and the module version to follow.</summary>
public sealed record GetMyHomework(string? From, string? To) : IQuery<Result<IReadOnlyList<HomeworkTaskResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.list";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetMyHomeworkValidator : AbstractValidator<GetMyHomework>
{
    public GetMyHomeworkValidator() => this.AddRangeRules(x => x.From, x => x.To);
}

public sealed class GetMyHomeworkHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetMyHomework, Result<IReadOnlyList<HomeworkTaskResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<HomeworkTaskResponse>>> Handle(GetMyHomework query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } me)
        {
            return ClientAccess.NotFound;
        }

        var zoneName = await db.Clients.AsNoTracking().Where(c => c.Id == me).Select(c => c.TimeZone).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var calendar = ClientCalendar.Of(zoneName, now);
        var (from, to) = DateRangeRules.Resolve(query.From, query.To, calendar.Today, calendar.Today.AddDays(6));
        var rows = await HomeworkRows.InRangeAsync(db, me, from, to, ct);
        audit.Describe(new { from, to, count = rows.Count });
        return rows.Select(r => HomeworkRows.Respond(r.Task, r.Item, calendar.Zone, now, text: null)).ToList();
    }
}
