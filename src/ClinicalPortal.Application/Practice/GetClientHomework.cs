using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// A client's homework for their care team (default: the last 28 days and the next 7), with the answers, reflections and
/// skip reasons for the clinician and the administrator; a supervisor sees the same tasks without any free text.
/// </summary>
public sealed record GetClientHomework(Guid ClientId, string? From, string? To)
    : IQuery<Result<IReadOnlyList<HomeworkTaskResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.read";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetClientHomeworkValidator : AbstractValidator<GetClientHomework>
{
    public GetClientHomeworkValidator() => this.AddRangeRules(x => x.From, x => x.To);
}

public sealed class GetClientHomeworkHandler(
    IPortalDbContext db, ClientAccess access, IHealthTextProtector text, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetClientHomework, Result<IReadOnlyList<HomeworkTaskResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<HomeworkTaskResponse>>> Handle(GetClientHomework query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId);
        var client = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new { c.TimeZone, c.ClinicianId }).FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        var calendar = ClientCalendar.Of(client.TimeZone, now);
        var (from, to) = DateRangeRules.Resolve(query.From, query.To, calendar.Today.AddDays(-28), calendar.Today.AddDays(7));
        var rows = await HomeworkRows.InRangeAsync(db, clientId, from, to, ct);
        // Minimum necessary: a supervisor reviews adherence and flags, not what the client wrote (unless it is their own client).
        var readsText = access.ReadsFreeText(client.ClinicianId);
        audit.Describe(new { from, to, count = rows.Count, freeText = readsText });
        return rows.Select(r => HomeworkRows.Respond(r.Task, r.Item, calendar.Zone, now, readsText ? text : null, withheld: !readsText)).ToList();
    }
}
