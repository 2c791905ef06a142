using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// How the organisation answers alerts, over the alerts the caller reaches raised in [from, to) (default: the 30 days
/// before now; at most 366 days): counts per tier, time to acknowledge and to resolve (median, p90, max), deadlines
/// missed, and the same per clinician. Counts and durations only: no client is named.
/// </summary>
public sealed record GetAlertMetrics(string? From = null, string? To = null) : IQuery<Result<AlertMetricsResponse>>, IAudited, IAuthorized
{
    public const int MaxDays = 366;

    public static string AuditAction => "alert.metrics";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetAlertMetricsValidator : AbstractValidator<GetAlertMetrics>
{
    public GetAlertMetricsValidator()
    {
        RuleFor(x => x.From).Must(Rules.IsInstant).When(x => x.From is not null)
            .WithMessage("'from' must be an ISO 8601 instant with an offset, e.g. 2026-11-01T00:00:00Z.");
        RuleFor(x => x.To).Must(Rules.IsInstant).When(x => x.To is not null)
            .WithMessage("'to' must be an ISO 8601 instant with an offset, e.g. 2026-12-01T00:00:00Z.");
        RuleFor(x => x).Must(x => Rules.ParseInstant(x.From) < Rules.ParseInstant(x.To)
                                  && Rules.ParseInstant(x.To) - Rules.ParseInstant(x.From) <= TimeSpan.FromDays(GetAlertMetrics.MaxDays))
            .When(x => Rules.IsInstant(x.From) && Rules.IsInstant(x.To))
            .WithName("to").OverridePropertyName("to")
            .WithMessage($"'to' must be after 'from', at most {GetAlertMetrics.MaxDays} days later.");
    }
}

public sealed class GetAlertMetricsHandler(IPortalDbContext db, AlertAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<GetAlertMetrics, Result<AlertMetricsResponse>>
{
    public async ValueTask<Result<AlertMetricsResponse>> Handle(GetAlertMetrics query, CancellationToken ct)
    {
        var to = Rules.ParseInstant(query.To) ?? clock.GetUtcNow();
        var from = Rules.ParseInstant(query.From) ?? to.AddDays(-30);
        if (to - from > TimeSpan.FromDays(GetAlertMetrics.MaxDays) || from >= to)
        {
            return Error.Validation("from", $"'from' must be before 'to', at most {GetAlertMetrics.MaxDays} days earlier.");
        }

        var alerts = await access.Reachable().AsNoTracking()
            .Where(a => a.CreatedAt >= from && a.CreatedAt < to)
            .Select(a => new
            {
                a.Id, a.Tier, a.ClinicianId, a.CreatedAt, a.FirstAcknowledgedAt, a.ResolvedAt, a.Status,
                Missed = db.AlertDeadlines.Count(d => d.AlertId == a.Id && d.Kind == AlertDeadlineKind.Escalation && d.FiredAt != null),
            })
            .ToListAsync(ct);
        var clinicianIds = alerts.Select(a => a.ClinicianId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => clinicianIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);

        var perClinician = alerts.GroupBy(a => a.ClinicianId)
            .Select(g => new ClinicianAlertMetrics(
                g.Key.Value, names.GetValueOrDefault(g.Key) ?? string.Empty, g.Count(),
                DurationStats.Of(g.Where(a => a.FirstAcknowledgedAt is not null).Select(a => a.FirstAcknowledgedAt!.Value - a.CreatedAt)),
                DurationStats.Of(g.Where(a => a.ResolvedAt is not null).Select(a => a.ResolvedAt!.Value - a.CreatedAt)),
                g.Sum(a => a.Missed)))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.ClinicianId)
            .ToList();
        audit.Describe(new { from, to, alerts = alerts.Count });
        return new AlertMetricsResponse(
            from, to, alerts.Count,
            Enum.GetValues<RiskTier>().OrderDescending().ToDictionary(t => t.ToString(), t => alerts.Count(a => a.Tier == t)),
            DurationStats.Of(alerts.Where(a => a.FirstAcknowledgedAt is not null).Select(a => a.FirstAcknowledgedAt!.Value - a.CreatedAt)),
            DurationStats.Of(alerts.Where(a => a.ResolvedAt is not null).Select(a => a.ResolvedAt!.Value - a.CreatedAt)),
            alerts.Sum(a => a.Missed),
            alerts.Count(a => a.Status != AlertStatus.Resolved),
            perClinician);
    }
}
