using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Audit;

/// <summary>
/// The organisation's audit trail for an administrator, oldest first, optionally for one client and a time window
/// (ISO 8601 instants with an offset, any offset). Page with <c>afterId</c>. Query values arrive as text, so a bad
/// one is a 400 naming the parameter.
/// </summary>
public sealed record ListAuditEvents(string? ClientId, string? From, string? To, string? AfterId, string? Limit)
    : IQuery<Result<IReadOnlyList<AuditEventResponse>>>, IAudited, IAuthorized
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;

    public static string AuditAction => "audit.read";
    public static string AuditResourceType => "AuditEvent";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class ListAuditEventsValidator : AbstractValidator<ListAuditEvents>
{
    private const string Instant = "must be an ISO 8601 date and time with an offset, such as 2026-11-25T09:00:00Z or 2026-11-25T09:00:00-05:00.";

    public ListAuditEventsValidator()
    {
        RuleFor(x => x.ClientId).Must(Rules.IsGuid).When(x => x.ClientId is not null).WithMessage("'clientId' must be a client id (a UUID).");
        RuleFor(x => x.From).Must(Rules.IsInstant).When(x => x.From is not null).WithMessage("'from' " + Instant);
        RuleFor(x => x.To).Must(Rules.IsInstant).When(x => x.To is not null).WithMessage("'to' " + Instant);
        RuleFor(x => x.To).Must((x, to) => Rules.ParseInstant(to) >= Rules.ParseInstant(x.From))
            .When(x => Rules.IsInstant(x.From) && Rules.IsInstant(x.To))
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(x => x.AfterId).Must(v => Rules.IsLong(v, 0)).When(x => x.AfterId is not null)
            .WithMessage("'afterId' must be an audit event id (a whole number, 0 or more).");
        RuleFor(x => x.Limit).PageLimit(ListAuditEvents.MaxLimit);
    }
}

public sealed class ListAuditEventsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListAuditEvents, Result<IReadOnlyList<AuditEventResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AuditEventResponse>>> Handle(ListAuditEvents query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var events = db.AuditEvents.AsNoTracking().Where(e => e.OrganizationId == org);
        if (query.ClientId is not null)
        {
            var subject = new ClientId(Guid.Parse(query.ClientId));
            events = events.Where(e => e.SubjectClientId == subject);
            audit.Touch(subject);
        }

        if (Rules.ParseInstant(query.From) is { } from)
        {
            events = events.Where(e => e.OccurredAt >= from);
        }

        if (Rules.ParseInstant(query.To) is { } to)
        {
            events = events.Where(e => e.OccurredAt <= to);
        }

        if (query.AfterId is not null)
        {
            var after = long.Parse(query.AfterId, System.Globalization.CultureInfo.InvariantCulture);
            events = events.Where(e => e.Id > after);
        }

        var page = await events.OrderBy(e => e.Id).Take(Rules.ParseInt(query.Limit, ListAuditEvents.DefaultLimit))
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
