using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Outbox;

/// <summary>The organisation's messages that failed too often (OrgAdmin): kept, never dropped, to be looked at and sent again.</summary>
public sealed record ListDeadLetters : IQuery<Result<IReadOnlyList<DeadLetterResponse>>>, IAudited, IAuthorized
{
    public const int Limit = 500;

    public static string AuditAction => "outbox.dead_letters_read";
    public static string AuditResourceType => "OutboxMessage";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class ListDeadLettersHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListDeadLetters, Result<IReadOnlyList<DeadLetterResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<DeadLetterResponse>>> Handle(ListDeadLetters query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var dead = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.OrganizationId == org && m.Status == OutboxStatus.DeadLetter)
            .OrderByDescending(m => m.CreatedAt).Take(ListDeadLetters.Limit)
            .Select(m => new DeadLetterResponse(m.Id, m.Type, m.CreatedAt, m.Attempts, m.LastError, m.ProcessedAt))
            .ToListAsync(ct);
        audit.Describe(new { count = dead.Count });
        return dead;
    }
}
