using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Audit;

public sealed record AuditEventResponse(
    long Id,
    DateTimeOffset OccurredAt,
    Guid? ActorUserId,
    string? ActorClientApp,
    string Action,
    string? ResourceType,
    string? ResourceId,
    Guid? ClientId,
    string? IpAddress,
    string? RequestId,
    AuditOutcome Outcome,
    int? StatusCode,
    string? Purpose,
    string? Details,
    long? ChainSequence,
    string? Hash);

/// <summary>The organisation's audit trail for an administrator, oldest first, optionally for one client and a time window.</summary>
public sealed record ListAuditEvents(Guid? ClientId, DateTimeOffset? From, DateTimeOffset? To, long? AfterId, int Limit = 200)
    : IQuery<Result<IReadOnlyList<AuditEventResponse>>>, IAudited
{
    public static string AuditAction => "audit.read";
    public static string AuditResourceType => "AuditEvent";
}

public sealed class ListAuditEventsValidator : AbstractValidator<ListAuditEvents>
{
    public ListAuditEventsValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 1000);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}

public sealed class ListAuditEventsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListAuditEvents, Result<IReadOnlyList<AuditEventResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AuditEventResponse>>> Handle(ListAuditEvents query, CancellationToken ct)
    {
        if (user.Role != Role.OrgAdmin || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only an organisation administrator can read the audit trail.");
        }

        var events = db.AuditEvents.AsNoTracking().Where(e => e.OrganizationId == org);
        if (query.ClientId is { } clientId)
        {
            var subject = new ClientId(clientId);
            events = events.Where(e => e.SubjectClientId == subject);
            audit.Touch(subject);
        }

        if (query.From is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.OccurredAt <= to);
        }

        if (query.AfterId is { } after)
        {
            events = events.Where(e => e.Id > after);
        }

        var page = await events.OrderBy(e => e.Id).Take(query.Limit)
            .Select(e => new AuditEventResponse(
                e.Id, e.OccurredAt,
                e.ActorUserId == null ? null : e.ActorUserId.Value.Value,
                e.ActorClientApp, e.Action, e.ResourceType, e.ResourceId,
                e.SubjectClientId == null ? null : e.SubjectClientId.Value.Value,
                e.IpAddress, e.RequestId, e.Outcome, e.StatusCode, e.Purpose, e.Details, e.ChainSequence, e.Hash))
            .ToListAsync(ct);
        audit.Describe(new { count = page.Count });
        return page;
    }
}
