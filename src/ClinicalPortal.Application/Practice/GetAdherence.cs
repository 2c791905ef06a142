using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>A client's adherence for their care team, supervisors included (figures only, no free text). Default: the last 28 days.</summary>
public sealed record GetAdherence(Guid ClientId, string? From, string? To) : IQuery<Result<AdherenceResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "adherence.read";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetAdherenceValidator : AbstractValidator<GetAdherence>
{
    public GetAdherenceValidator() => this.AddRangeRules(x => x.From, x => x.To);
}

public sealed class GetAdherenceHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetAdherence, Result<AdherenceResponse>>
{
    public async ValueTask<Result<AdherenceResponse>> Handle(GetAdherence query, CancellationToken ct)
    {
        var clientId = new ClientId(query.ClientId);
        audit.Touch(clientId.ToString(), clientId);
        var zoneName = await access.Reachable().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.TimeZone).FirstOrDefaultAsync(ct);
        if (zoneName is null)
        {
            return ClientAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        var calendar = ClientCalendar.Of(zoneName, now);
        var (from, to) = DateRangeRules.Resolve(query.From, query.To, calendar.Today.AddDays(-27), calendar.Today);
        var rows = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ClientId == clientId && t.Date >= from && t.Date <= to && t.State != HomeworkState.Cancelled)
            .Join(db.PracticePlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t, i.ModuleTitle })
            .ToListAsync(ct);
        // Each module version's components once, not its whole content once per task.
        var versions = rows.Select(r => r.t.ModuleVersionId).Distinct().ToList();
        var components = (await db.ModuleVersions.AsNoTracking().Where(v => versions.Contains(v.Id)).Select(v => new { v.Id, v.Content }).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => v.Content.Components);
        var tasks = rows.Select(r => new AdherenceTask(
                r.t.ModuleId, r.ModuleTitle, components[r.t.ModuleVersionId], r.t.Date, r.t.StatusAt(calendar.Zone, now), r.t.DistressBefore, r.t.DistressAfter))
            .ToList();
        var report = Adherence.Compute(tasks, calendar.Today);
        audit.Describe(new { from, to, tasks = tasks.Count });
        return new AdherenceResponse(
            clientId.Value, from, to, Completion(report.Overall), report.CurrentStreak, report.LongestStreak,
            report.PerModule.Select(m => new ModuleAdherenceResponse(m.ModuleId.Value, m.Title, Completion(m.Completion), Change(m.MeanDistressChange))).ToList(),
            report.PerComponent.Select(c => new ComponentAdherenceResponse(c.Component.ToString(), Change(c.MeanDistressChange))).ToList());
    }

    private static CompletionResponse Completion(CompletionRate rate) => new(rate.Done, rate.Skipped, rate.Missed, rate.Counted, rate.Rate);

    private static DistressChangeResponse Change(DistressChange change) => new(change.Mean, change.N);
}
