using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Outbox;

/// <summary>Sends a dead letter again (OrgAdmin): pending at once, its count of attempts started afresh. Anything else is 404.</summary>
public sealed record RetryDeadLetter(Guid MessageId) : ICommand<Result<DeadLetterResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "outbox.dead_letter_retry";
    public static string AuditResourceType => "OutboxMessage";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class RetryDeadLetterHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<RetryDeadLetter, Result<DeadLetterResponse>>
{
    public async ValueTask<Result<DeadLetterResponse>> Handle(RetryDeadLetter command, CancellationToken ct)
    {
        audit.Touch(command.MessageId.ToString());
        var org = user.OrganizationId!.Value;
        var now = clock.GetUtcNow();
        var updated = await db.OutboxMessages
            .Where(m => m.Id == command.MessageId && m.OrganizationId == org && m.Status == OutboxStatus.DeadLetter)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.AvailableAt, now)
                .SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null), ct);
        if (updated == 0)
        {
            return Error.NotFound("Dead letter");
        }

        return await db.OutboxMessages.AsNoTracking().Where(m => m.Id == command.MessageId)
            .Select(m => new DeadLetterResponse(m.Id, m.Type, m.CreatedAt, m.Attempts, m.LastError, m.ProcessedAt)).FirstAsync(ct);
    }
}
