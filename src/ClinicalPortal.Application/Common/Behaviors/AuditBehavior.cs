using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>
/// Unit of work and audit in one place. A command runs in a transaction; on success its changes and its
/// audit event commit together (nothing is changed without a record of it); on an expected failure or an
/// exception the changes are discarded and the failure itself is recorded. Queries record the read.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    IPortalDbContext db, AuditEntries entries, AuditScope scope, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAudited
    where TResponse : IOutcome
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var isCommand = message is IBaseCommand;
        await using var transaction = isCommand ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch (Exception)
        {
            await DiscardAsync(transaction);
            await RecordAsync(AuditOutcome.Error, 500, CancellationToken.None);
            throw;
        }

        if (response.IsSuccess)
        {
            db.AuditEvents.Add(AuditEvent.Record(Entry(AuditOutcome.Success, TMessage.SuccessStatus), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return response;
        }

        await DiscardAsync(transaction);
        var (outcome, status) = AuditEntries.Classify(response.Error!);
        await RecordAsync(outcome, status, cancellationToken);
        return response;
    }

    private AuditEntry Entry(AuditOutcome outcome, int status) =>
        entries.Create(TMessage.AuditAction, outcome, status, TMessage.AuditResourceType) with
        {
            ResourceId = scope.ResourceId,
            SubjectClientId = scope.SubjectClientId,
            Details = scope.Details,
        };

    private async Task DiscardAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        db.ChangeTracker.Clear();
    }

    private async Task RecordAsync(AuditOutcome outcome, int status, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(AuditEvent.Record(Entry(outcome, status), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
