using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Supervision;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// The caller's active clients at a glance (a clinician's caseload, a supervisor's team, an administrator's
/// organisation), from the same facts as caseload risk: per instrument the latest score, its direction and reliable
/// change since the first; an open or late alert; homework of the last 14 days. Figures only. <c>sort=name</c>
/// (default) or <c>attention</c> (late alert, open alert, reliable deterioration, low homework first).
/// </summary>
public sealed record GetCaseloadOverview(string? Sort = null) : IQuery<Result<IReadOnlyList<CaseloadClientResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.caseload_overview";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetCaseloadOverviewValidator : AbstractValidator<GetCaseloadOverview>
{
    public GetCaseloadOverviewValidator()
    {
        RuleFor(x => x.Sort).Must(v => v is "name" or "attention").When(x => x.Sort is not null).WithMessage("'sort' must be name or attention.");
    }
}

public sealed class GetCaseloadOverviewHandler(ClientAccess access, CaseloadSnapshots snapshots, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetCaseloadOverview, Result<IReadOnlyList<CaseloadClientResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<CaseloadClientResponse>>> Handle(GetCaseloadOverview query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var clients = await access.Reachable().AsNoTracking().Where(c => c.Status == ClientStatus.Active)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.Track, c.ClinicianId, c.TimeZone })
            .ToListAsync(ct);
        var snapshot = await snapshots.LoadAsync(clients.Select(c => (c.Id, c.TimeZone)).ToList(), now, ct);

        var rows = clients.Select(c =>
        {
            var findings = snapshot.Findings(c.Id.Value);
            var work = snapshot.Homework(c.Id.Value);
            return new CaseloadClientResponse(
                c.Id.Value, $"{c.GivenName} {c.FamilyName}", c.Track, c.ClinicianId.Value,
                snapshot.Measures(c.Id.Value).Select(Trend).OfType<CaseloadTrend>().OrderBy(t => t.Instrument, StringComparer.Ordinal).ToList(),
                findings.Any(f => f.Flag == CaseloadFlag.AlertOpen), findings.Any(f => f.Flag == CaseloadFlag.AlertLate), work?.Due ?? 0, work?.Done ?? 0);
        });
        var ordered = query.Sort == "attention"
            ? rows.OrderByDescending(r => r.LateAlert).ThenByDescending(r => r.OpenAlert)
                .ThenByDescending(r => r.Instruments.Any(t => t.ReliableSinceFirst == "deteriorated"))
                .ThenBy(r => r.HomeworkDue == 0 ? 1m : (decimal)r.HomeworkDone / r.HomeworkDue)
                .ThenBy(r => r.Name, StringComparer.Ordinal)
            : rows.OrderBy(r => r.Name, StringComparer.Ordinal);
        var list = ordered.ThenBy(r => r.ClientId).ToList();
        audit.Describe(new { count = list.Count, clientIds = list.Select(r => r.ClientId) });
        return list;
    }

    /// <summary>The trend of one instrument; null for an instrument no longer in the library or with no score to show.</summary>
    private static CaseloadTrend? Trend(MeasureFact fact)
    {
        if (!InstrumentLibrary.TryGet(fact.InstrumentCode, out var instrument))
        {
            return null;
        }

        var scale = instrument.ReliableChange is null && fact.Latest.Total is null ? (instrument.Scoring.Subscales.Count > 0 ? instrument.Scoring.Subscales[0] : null) : null;
        decimal? Value(ScorePoint? p) => p is null ? null : scale is null ? p.Total : p.Subscales.GetValueOrDefault(scale.Key);
        if (Value(fact.Latest) is not decimal latest)
        {
            return null;
        }

        var previous = fact.Results > 1 ? Value(fact.Previous) : null;
        var direction = previous is not decimal before ? "first"
            : latest == before ? "same"
            : (latest > before) == instrument.HigherIsBetter ? "better" : "worse";
        string? reliable = null;
        if (fact.Results > 1 && Value(fact.First) is decimal first)
        {
            var change = ChangeCalculator.Assess(first, latest, scale is null ? instrument.ReliableChange : scale.ReliableChange,
                scale is null ? instrument.Caseness : scale.Caseness, instrument.HigherIsBetter);
            // Only a verified figure may call a change reliable.
            reliable = change.Claimable switch { ReliableChange.Improved => "improved", ReliableChange.Deteriorated => "deteriorated", _ => null };
        }

        return new CaseloadTrend(instrument.Code, scale?.Key, fact.Latest.At, latest, previous, direction, reliable);
    }
}
