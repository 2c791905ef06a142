using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Supervision;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// Caseload risk for supervision: a supervisor's clinicians (and their own caseload), or an administrator's whole
/// organisation. Per clinician the figures; then the flagged active clients with their reasons as codes and short
/// text, never item answers or anything the client wrote. Filters: <c>clinicianId</c>, <c>track</c> (a care track),
/// <c>flag</c> (a flag code); <c>sort=flags</c> (most flags first, the default) or <c>name</c>; <c>limit</c>/<c>offset</c>.
/// </summary>
public sealed record GetCaseloadRisk(
    string? ClinicianId = null, string? Track = null, string? Flag = null, string? Sort = null, string? Limit = null, string? Offset = null)
    : IQuery<Result<CaseloadRiskResponse>>, IAudited, IAuthorized
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string AuditAction => "supervision.caseload_risk";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.SupervisorsAndAdministrators;
}

public sealed class GetCaseloadRiskValidator : AbstractValidator<GetCaseloadRisk>
{
    public GetCaseloadRiskValidator()
    {
        RuleFor(x => x.ClinicianId).Must(Rules.IsGuid).When(x => x.ClinicianId is not null)
            .WithMessage("'clinicianId' must be a clinician's id (a GUID).");
        RuleFor(x => x.Track).Must(Rules.IsEnumName<CareTrack>).When(x => x.Track is not null)
            .WithMessage($"'track' must be one of {string.Join(", ", Enum.GetNames<CareTrack>())}.");
        RuleFor(x => x.Flag).Must(v => CaseloadFlags.Parse(v) is not null).When(x => x.Flag is not null)
            .WithMessage($"'flag' must be one of {string.Join(", ", CaseloadFlags.All)}.");
        RuleFor(x => x.Sort).Must(v => v is "flags" or "name").When(x => x.Sort is not null)
            .WithMessage("'sort' must be flags or name.");
        RuleFor(x => x.Limit).PageLimit(GetCaseloadRisk.MaxLimit);
        RuleFor(x => x.Offset).PageOffset();
    }
}

public sealed class GetCaseloadRiskHandler(
    IPortalDbContext db, ClientAccess access, ICurrentUser user, CaseloadSnapshots snapshots, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetCaseloadRisk, Result<CaseloadRiskResponse>>
{
    public async ValueTask<Result<CaseloadRiskResponse>> Handle(GetCaseloadRisk query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var clinicianFilter = query.ClinicianId is null ? (UserId?)null : new UserId(Guid.Parse(query.ClinicianId));
        var team = await TeamAsync(ct);
        var clients = access.Reachable().AsNoTracking().Where(c => c.Status == ClientStatus.Active);
        if (clinicianFilter is { } only)
        {
            clients = clients.Where(c => c.ClinicianId == only);
        }

        if (query.Track is not null)
        {
            var track = Enum.Parse<CareTrack>(query.Track);
            clients = clients.Where(c => c.Track == track);
        }

        var rows = await clients
            .Select(c => new { c.Id, c.ClinicianId, c.GivenName, c.FamilyName, c.Track, c.TimeZone })
            .ToListAsync(ct);
        var clinicianIds = team.Keys.Union(rows.Select(r => r.ClinicianId)).ToHashSet();
        if (clinicianFilter is { } wanted && !clinicianIds.Contains(wanted))
        {
            return Error.NotFound("Clinician");
        }

        var zones = rows.ToDictionary(r => r.Id.Value, r => TimeZoneInfo.FindSystemTimeZoneById(r.TimeZone));
        var snapshot = await snapshots.LoadAsync(rows.Select(r => (r.Id, r.TimeZone)).ToList(), now, ct);
        var evaluated = rows.Select(r => new { Row = r, Findings = snapshot.Findings(r.Id.Value) }).ToList();
        var byClinician = evaluated.ToLookup(e => e.Row.ClinicianId);

        var missing = clinicianIds.Where(id => !team.ContainsKey(id)).ToList();
        var names = missing.Count == 0
            ? team
            : team.Concat(await db.Staff.AsNoTracking().Where(s => missing.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct))
                .ToDictionary(p => p.Key, p => p.Value);
        var perClinician = clinicianIds
            .Where(id => clinicianFilter is null || id == clinicianFilter)
            .Select(id =>
            {
                var own = byClinician[id].ToList();
                int With(CaseloadFlag flag) => own.Count(e => e.Findings.Any(f => f.Flag == flag));
                return new ClinicianRiskResponse(
                    id.Value, names.GetValueOrDefault(id) ?? string.Empty, own.Count, With(CaseloadFlag.Deterioration), With(CaseloadFlag.NotImproving),
                    With(CaseloadFlag.BurnoutRising), With(CaseloadFlag.HomeworkOverdue), With(CaseloadFlag.AlertOpen), With(CaseloadFlag.AlertLate),
                    own.Count(e => e.Findings.Count > 0), With(CaseloadFlag.AlertWithoutSafetyPlan), With(CaseloadFlag.MeasuresOverdue),
                    With(CaseloadFlag.Item9Positive));
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.ClinicianId)
            .ToList();

        var flagFilter = CaseloadFlags.Parse(query.Flag);
        var flagged = evaluated
            .Where(e => e.Findings.Count > 0 && (flagFilter is null || e.Findings.Any(f => f.Flag == flagFilter)))
            .Select(e => new
            {
                e.Row,
                e.Findings,
                Flags = e.Findings.Select(f => f.Flag).Distinct().Count(),
            })
            .ToList();
        var ordered = query.Sort == "name"
            ? flagged.OrderBy(f => f.Row.FamilyName, StringComparer.Ordinal).ThenBy(f => f.Row.GivenName, StringComparer.Ordinal)
            : flagged.OrderByDescending(f => f.Flags).ThenBy(f => f.Row.FamilyName, StringComparer.Ordinal).ThenBy(f => f.Row.GivenName, StringComparer.Ordinal);
        var limit = Rules.ParseInt(query.Limit, GetCaseloadRisk.DefaultLimit);
        var offset = Rules.ParseInt(query.Offset, 0);
        var page = ordered.ThenBy(f => f.Row.Id.Value).Skip(offset).Take(limit)
            .Select(f => new FlaggedClientResponse(
                f.Row.Id.Value, $"{f.Row.GivenName} {f.Row.FamilyName}", f.Row.ClinicianId.Value, f.Row.Track, f.Flags,
                f.Findings.Select(x => FlagReasonResponse.Of(x, zones[f.Row.Id.Value])).ToList()))
            .ToList();

        // Which clients' figures were disclosed, by id only; the filters as given.
        audit.Describe(new
        {
            asOf = now, clients = rows.Count, flagged = flagged.Count, clinicianId = clinicianFilter?.Value, query.Track, query.Flag,
            clientIds = page.Select(c => c.ClientId),
        });
        return new CaseloadRiskResponse(now, perClinician, flagged.Count, limit, offset, page);
    }

    /// <summary>
    /// The clinicians in view even with no client flagged or none at all: a supervisor's active supervisees, an
    /// administrator's active clinicians. The clients themselves come only from <see cref="ClientAccess.Reachable"/>.
    /// </summary>
    private async Task<Dictionary<UserId, string>> TeamAsync(CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var me = user.UserId!.Value;
        var staff = db.Staff.AsNoTracking().Where(s => s.OrganizationId == org && s.Role == Role.Clinician && s.DeactivatedAt == null);
        if (user.Role != Role.OrgAdmin)
        {
            staff = staff.Where(s => s.SupervisorId == me);
        }

        return await staff.ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
    }
}
