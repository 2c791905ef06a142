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
/// The alerts a caller works: a clinician's clients' and those escalated to them, a supervisor's team's and those
/// escalated to them, an administrator's organisation's. <c>status</c>: <c>unresolved</c> (default: open and
/// acknowledged), <c>open</c>, <c>acknowledged</c>, <c>resolved</c>, <c>all</c>, in any case. Most urgent first: open before
/// acknowledged, higher tier first, oldest first; resolved ones newest first.
/// </summary>
public sealed record ListAlerts(string? Status = null, string? ClientId = null, string? Limit = null, string? Offset = null)
    : IQuery<Result<IReadOnlyList<AlertResponse>>>, IAudited, IAuthorized
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static readonly string[] Statuses = ["unresolved", "open", "acknowledged", "resolved", "all"];

    public static string AuditAction => "alert.list";
    public static string AuditResourceType => "Alert";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ListAlertsValidator : AbstractValidator<ListAlerts>
{
    public ListAlertsValidator()
    {
        RuleFor(x => x.Status).Must(v => ListAlerts.Statuses.Contains(v, StringComparer.OrdinalIgnoreCase)).When(x => x.Status is not null)
            .WithMessage($"'status' must be one of {string.Join(", ", ListAlerts.Statuses)}.");
        RuleFor(x => x.ClientId).Must(Rules.IsGuid).When(x => x.ClientId is not null).WithMessage("'clientId' must be a UUID.");
        RuleFor(x => x.Limit).PageLimit(ListAlerts.MaxLimit);
        RuleFor(x => x.Offset).PageOffset();
    }
}

public sealed class ListAlertsHandler(AlertAccess access, AlertReader reader, AuditScope audit)
    : IQueryHandler<ListAlerts, Result<IReadOnlyList<AlertResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AlertResponse>>> Handle(ListAlerts query, CancellationToken ct)
    {
        // In any case: every alert says "status": "Open", and ?status=Open must find them.
        var status = query.Status?.ToLowerInvariant() ?? "unresolved";
        var alerts = access.Reachable().AsNoTracking();
        if (query.ClientId is not null)
        {
            var client = new ClientId(Guid.Parse(query.ClientId));
            audit.Touch(client);
            alerts = alerts.Where(a => a.ClientId == client);
        }

        alerts = status switch
        {
            "open" => alerts.Where(a => a.Status == AlertStatus.Open),
            "acknowledged" => alerts.Where(a => a.Status == AlertStatus.Acknowledged || a.Status == AlertStatus.AwaitingCosign),
            "resolved" => alerts.Where(a => a.Status == AlertStatus.Resolved),
            "all" => alerts,
            _ => alerts.Where(a => a.Status != AlertStatus.Resolved),
        };

        // Stored by name: the urgency order is spelled out rather than left to the order of the text.
        var ordered = status == "resolved"
            ? alerts.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            : alerts
                .OrderBy(a => a.Status == AlertStatus.Open ? 0 : a.Status == AlertStatus.Acknowledged || a.Status == AlertStatus.AwaitingCosign ? 1 : 2)
                .ThenByDescending(a => a.Tier == RiskTier.Imminent ? 3 : a.Tier == RiskTier.High ? 2 : 1)
                .ThenBy(a => a.CreatedAt).ThenBy(a => a.Id);
        var page = await ordered
            .Skip(Rules.ParseInt(query.Offset, 0)).Take(Rules.ParseInt(query.Limit, ListAlerts.DefaultLimit))
            .ToListAsync(ct);
        audit.Describe(new { count = page.Count, status, alertIds = page.Select(a => a.Id.Value) });
        return Result<IReadOnlyList<AlertResponse>>.Success(await reader.SummariesAsync(page, ct));
    }
}
