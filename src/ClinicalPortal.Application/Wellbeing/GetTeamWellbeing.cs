using System.Globalization;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Wellbeing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// Team well-being for a supervisor (their supervisees) or an administrator (the organisation's clinicians and
/// supervisors), for the months <c>from</c> to <c>to</c> (yyyy-MM; default the last six; at most 24). Aggregates only,
/// hidden for groups under five, where the individual results shown beside them would reveal a smaller hidden group, or
/// where the group differs from another already shown for the organisation and month by one to four people
/// (<see cref="TeamAggregate"/>) or would combine with the groups and individuals already shown into one person's own
/// figures (<see cref="DifferencingGuard"/>); individual check-ins only of supervisees who opted in, and only to their supervisor.
/// The month still open shows no contributor count (it would tell who checked in and when).
/// </summary>
public sealed record GetTeamWellbeing(string? From = null, string? To = null) : IQuery<Result<TeamWellbeingResponse>>, IAudited, IAuthorized
{
    public const int DefaultMonths = 6;
    public const int MaxMonths = 24;

    public static string AuditAction => "wellbeing.team";
    public static string AuditResourceType => "WellbeingCheckIn";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.SupervisorsAndAdministrators;

    /// <summary>A month yyyy-MM of the years 2000 to 2999 (so month arithmetic never leaves the calendar).</summary>
    public static bool IsMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2999;

    public static DateOnly ParseMonth(string value) => DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class GetTeamWellbeingValidator : AbstractValidator<GetTeamWellbeing>
{
    public GetTeamWellbeingValidator()
    {
        RuleFor(x => x.From).Must(GetTeamWellbeing.IsMonth).When(x => x.From is not null).WithMessage("'from' must be a month, yyyy-MM (2000 to 2999).");
        RuleFor(x => x.To).Must(GetTeamWellbeing.IsMonth).When(x => x.To is not null).WithMessage("'to' must be a month, yyyy-MM (2000 to 2999).");
        RuleFor(x => x).Must(x => GetTeamWellbeing.ParseMonth(x.From!) <= GetTeamWellbeing.ParseMonth(x.To!)
                                  && GetTeamWellbeing.ParseMonth(x.From!).AddMonths(GetTeamWellbeing.MaxMonths) > GetTeamWellbeing.ParseMonth(x.To!))
            .When(x => GetTeamWellbeing.IsMonth(x.From) && GetTeamWellbeing.IsMonth(x.To))
            .WithName("to").OverridePropertyName("to")
            .WithMessage($"'to' must be the month of 'from' or later, at most {GetTeamWellbeing.MaxMonths} months in all.");
    }
}

public sealed class GetTeamWellbeingHandler(IPortalDbContext db, ICurrentUser user, ITransactionLocks locks, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetTeamWellbeing, Result<TeamWellbeingResponse>>
{
    public async ValueTask<Result<TeamWellbeingResponse>> Handle(GetTeamWellbeing query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var thisMonth = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        var to = query.To is null ? thisMonth : GetTeamWellbeing.ParseMonth(query.To);
        var from = query.From is null ? to.AddMonths(-(GetTeamWellbeing.DefaultMonths - 1)) : GetTeamWellbeing.ParseMonth(query.From);
        if (from > to || from.AddMonths(GetTeamWellbeing.MaxMonths) <= to)
        {
            return Error.Validation("from", $"'from' must be the month of 'to' or earlier, at most {GetTeamWellbeing.MaxMonths} months in all.");
        }

        var start = Start(from);
        var end = Start(to.AddMonths(1));
        var org = user.OrganizationId!.Value;
        var me = user.UserId!.Value;
        var isSupervisor = user.Role == Role.Supervisor;
        var team = await db.Staff.AsNoTracking()
            .Where(s => s.OrganizationId == org && s.DeactivatedAt == null && (isSupervisor
                ? s.SupervisorId == me && s.Role == Role.Clinician
                : s.Role == Role.Clinician || s.Role == Role.Supervisor))
            .Select(s => new { s.Id, s.DisplayName, s.Role })
            .ToListAsync(ct);
        var ids = team.Select(t => t.Id).ToList();
        var checkIns = await db.WellbeingCheckIns.AsNoTracking()
            .Where(c => c.OrganizationId == org && ids.Contains(c.StaffId) && c.SubmittedAt >= start && c.SubmittedAt < end)
            .ToListAsync(ct);
        // Individual results go to the supervisor the member chose to share with, never to an administrator, and only
        // those made after the member opted in. Everyone's choice in the organisation: a check-in shown to any
        // supervisor, now or before an opt-out, counts as known beside every group.
        var sharing = await db.WellbeingSharings.AsNoTracking()
            .Where(s => s.OrganizationId == org && s.FirstSharedAt != null)
            .ToDictionaryAsync(s => s.StaffId, ct);
        bool Shown(WellbeingCheckIn c) => isSupervisor && sharing.TryGetValue(c.StaffId, out var choice) && choice.Shows(c);
        bool ShownHere(WellbeingCheckIn c) => isSupervisor && MayHaveShown(sharing, c);
        var scope = isSupervisor ? me.Value : org.Value;
        var closed = await ClosedMonthsAsync(scope, from, to < thisMonth ? to : thisMonth.AddMonths(-1), checkIns, ShownHere, sharing, now, ct);

        var months = new List<MonthWellbeingResponse>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            if (closed.TryGetValue(month, out var aggregate))
            {
                months.Add(new MonthWellbeingResponse(Month(month), true, aggregate.Contributors, aggregate.Suppressed,
                    aggregate.Suppressed is null ? aggregate.Scales.Select(ScaleResponse).ToList() : null));
                continue;
            }

            // No live count: watching it rise would tell who checked in, and when.
            months.Add(new MonthWellbeingResponse(Month(month), false, null, TeamAggregate.MonthOpen, null));
        }

        var names = team.ToDictionary(t => t.Id, t => t.DisplayName);
        var individuals = checkIns.Where(Shown)
            .GroupBy(c => c.StaffId)
            .Select(g => new StaffWellbeingResponse(g.Key.Value, names[g.Key],
                g.OrderByDescending(c => c.SubmittedAt).Select(WellbeingCheckInResponse.Of).ToList()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var load = await LoadAsync(team.Where(t => t.Role == Role.Clinician).Select(t => (t.Id, t.DisplayName)).ToList(), start, end, ct);

        audit.Describe(new
        {
            from = months[0].Month, to = months[^1].Month, team = team.Count,
            shown = months.Count(m => m.Suppressed is null), individuals = individuals.Select(i => i.StaffId),
        });
        return new TeamWellbeingResponse(months[0].Month, months[^1].Month, team.Count, months, individuals, load, TeamWellbeingResponse.NotForPerformance);
    }

    private static bool MayHaveShown(Dictionary<UserId, WellbeingSharing> sharing, WellbeingCheckIn c) =>
        sharing.TryGetValue(c.StaffId, out var choice) && choice.MayHaveShown(c);

    /// <summary>
    /// The closed months of the range for this scope: those computed before, as they were kept, and the others computed
    /// now from the team as it is, against the groups already kept for the organisation and month and the members of the
    /// organisation whose check-in of the month may have been shown one by one, kept, then read back, under a lock on the
    /// organisation so two views of one month are never computed without seeing each other.
    /// </summary>
    private async Task<Dictionary<DateOnly, WellbeingMonthAggregate>> ClosedMonthsAsync(
        Guid scope, DateOnly from, DateOnly lastClosed, List<WellbeingCheckIn> checkIns, Func<WellbeingCheckIn, bool> shown,
        Dictionary<UserId, WellbeingSharing> sharing, DateTimeOffset now, CancellationToken ct)
    {
        if (lastClosed < from)
        {
            return [];
        }

        var kept = await KeptAsync(scope, from, lastClosed, ct);
        var missing = Enumerable.Range(0, ((lastClosed.Year - from.Year) * 12) + lastClosed.Month - from.Month + 1)
            .Select(from.AddMonths).Where(m => !kept.ContainsKey(m)).ToList();
        if (missing.Count == 0)
        {
            return kept;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var org = user.OrganizationId!.Value;
        await locks.LockUntilCommitAsync($"wellbeing-months:{org.Value}", ct);
        kept = await KeptAsync(scope, from, lastClosed, ct);
        var toCompute = missing.Where(m => !kept.ContainsKey(m)).ToList();
        var others = (await db.WellbeingMonthAggregates.AsNoTracking()
                .Where(a => a.OrganizationId == org && a.ScopeId != scope && toCompute.Contains(a.Month))
                .ToListAsync(ct))
            .ToLookup(a => a.Month);
        var sharers = sharing.Keys.ToList();
        var (start, end) = (Start(missing[0]), Start(missing[^1].AddMonths(1))); // the months to compute are among these
        var sharersCheckIns = await db.WellbeingCheckIns.AsNoTracking()
            .Where(c => c.OrganizationId == org && sharers.Contains(c.StaffId) && c.SubmittedAt >= start && c.SubmittedAt < end)
            .ToListAsync(ct);
        foreach (var month in toCompute)
        {
            var individuals = WellbeingMonthAggregate.Latest(sharersCheckIns.Where(c => InMonth(c, month)))
                .Where(c => MayHaveShown(sharing, c)).Select(c => c.StaffId.Value).ToList();
            db.WellbeingMonthAggregates.Add(WellbeingMonthAggregate.Compute(
                scope, org, month, checkIns.Where(c => InMonth(c, month)), shown, others[month].ToList(), individuals, now));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await KeptAsync(scope, from, lastClosed, ct);
    }

    private Task<Dictionary<DateOnly, WellbeingMonthAggregate>> KeptAsync(Guid scope, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.WellbeingMonthAggregates.AsNoTracking()
            .Where(a => a.ScopeId == scope && a.Month >= from && a.Month <= to)
            .ToDictionaryAsync(a => a.Month, ct);

    private static DateTimeOffset Start(DateOnly month) => new(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static bool InMonth(WellbeingCheckIn c, DateOnly month) =>
        c.SubmittedAt.UtcDateTime.Year == month.Year && c.SubmittedAt.UtcDateTime.Month == month.Month;

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static ScaleAggregateResponse ScaleResponse(WellbeingScaleFigure figure) =>
        new(figure.Scale, InstrumentLibrary.Cbi.Subscale(figure.Scale)?.Name ?? figure.Scale, figure.Scored, figure.Suppressed, figure.Mean, figure.Bands,
            figure.BandsSuppressed);

    private async Task<List<ClinicianLoadResponse>> LoadAsync(List<(UserId Id, string Name)> clinicians, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var ids = clinicians.Select(c => c.Id).ToList();
        var active = await db.Clients.AsNoTracking()
            .Where(c => ids.Contains(c.ClinicianId) && c.Status == ClientStatus.Active)
            .GroupBy(c => c.ClinicianId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => ids.Contains(a.ClinicianId) && a.CreatedAt >= start && a.CreatedAt < end)
            .GroupBy(a => a.ClinicianId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Every acknowledgement on the alert timelines (a reopened alert acknowledged again counts again), by whoever made it.
        var acknowledgements = await db.AlertEvents.AsNoTracking()
            .Where(e => e.Kind == AlertEventKind.Acknowledged && e.ActorUserId != null && ids.Contains(e.ActorUserId.Value) && e.At >= start && e.At < end)
            .Select(e => new
            {
                By = e.ActorUserId!.Value, e.At,
                Zone = db.Alerts.Where(a => a.Id == e.AlertId).Select(a => db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.TimeZone).First()).First(),
            })
            .ToListAsync(ct);
        return clinicians.Select(c => new ClinicianLoadResponse(
                c.Id.Value, c.Name, active.GetValueOrDefault(c.Id), alerts.GetValueOrDefault(c.Id),
                acknowledgements.Count(a => a.By == c.Id && AfterHours(a.At, a.Zone))))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Before 08:00, from 18:00, or on a Saturday or Sunday, in the given zone.</summary>
    public static bool AfterHours(DateTimeOffset at, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone));
        return local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || local.Hour < 8 || local.Hour >= 18;
    }
}
