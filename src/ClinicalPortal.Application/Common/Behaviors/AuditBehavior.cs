using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>
/// Unit of work and audit in one place. A command runs in a transaction; on success its changes and its
/// audit event commit together (nothing is changed without a record of it); on an expected failure or an
/// exception the changes are discarded and the failure itself is recorded. Queries record the read.
/// A request the caller abandoned (client disconnect) is recorded as Cancelled, not as a server error; if the
/// failure cannot be recorded (the database is gone), the original exception still reaches the caller.
/// </summary>
public sealed partial class AuditBehavior<TMessage, TResponse>(
    IPortalDbContext db, AuditEntries entries, AuditScope scope, TimeProvider clock, ILogger<AuditBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAudited
    where TResponse : IOutcome
{
    public const int CancelledStatus = 499;

    /// <summary>Far below EF's batch size for PostgreSQL (1000 statements): a one-batch command writes a handful.</summary>
    private const int MaxRowsInOneBatch = 20;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var isCommand = message is IBaseCommand;
        var oneBatch = isCommand && TMessage.WritesInOneBatch;
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = isCommand && !oneBatch ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var response = await next(message, cancellationToken);
            // A one-batch handler may still have opened a transaction (a transaction lock does): commit it like ours.
            transaction ??= db.Database.CurrentTransaction;
            if (response.IsSuccess)
            {
                db.AuditEvents.Add(AuditEvent.Record(Entry(AuditOutcome.Success, TMessage.SuccessStatus), clock.GetUtcNow()));
                if (transaction is not null || !oneBatch)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    await SaveAsOneBatchAsync(cancellationToken);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return response;
            }

            await DiscardAsync(transaction);
            var meaning = ErrorTable.Of(response.Error!.Kind);
            await RecordAsync(meaning.Outcome, meaning.Status);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            transaction ??= db.Database.CurrentTransaction;
            await DiscardAsync(transaction);
            await TryRecordAsync(AuditOutcome.Cancelled, CancelledStatus);
            throw;
        }
        catch (Exception)
        {
            transaction ??= db.Database.CurrentTransaction;
            await DiscardAsync(transaction);
            await TryRecordAsync(AuditOutcome.Error, 500);
            throw;
        }
        finally
        {
            scope.Reset();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The changes and the audit row in one batch, without EF's BEGIN/COMMIT: PostgreSQL runs a batch atomically. More
    /// rows than certainly fit one batch are saved in a transaction instead, so atomicity never depends on batch size.
    /// </summary>
    private async Task SaveAsOneBatchAsync(CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries().Count(e => e.State != EntityState.Unchanged) > MaxRowsInOneBatch)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        var before = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = before;
        }
    }

    private AuditEntry Entry(AuditOutcome outcome, int status) =>
        entries.Create(TMessage.AuditAction, outcome, status, TMessage.AuditResourceType) with
        {
            ResourceId = scope.ResourceId,
            SubjectClientId = scope.SubjectClientId,
            Details = scope.Details,
        };

    /// <summary>Rolls back (if still possible) and forgets the handler's changes; never throws over the original failure.</summary>
    private async Task DiscardAsync(IDbContextTransaction? transaction)
    {
        db.ChangeTracker.Clear();
        if (transaction is null)
        {
            return;
        }

        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            LogRollbackFailed(logger, ex.GetType().Name, TMessage.AuditAction);
        }
    }

    private async Task RecordAsync(AuditOutcome outcome, int status)
    {
        db.AuditEvents.Add(AuditEvent.Record(Entry(outcome, status), clock.GetUtcNow()));
        // Recorded even when the caller has gone: the attempt happened.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Records a failure that is already on its way to the caller; a second failure here is logged, not thrown.</summary>
    private async Task TryRecordAsync(AuditOutcome outcome, int status)
    {
        try
        {
            await RecordAsync(outcome, status);
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            LogRecordFailed(logger, ex.GetType().Name, TMessage.AuditAction, outcome);
        }
    }

    // Types and fixed names only: exception messages can quote input or row values.
    [LoggerMessage(Level = LogLevel.Error, Message = "The audit event of a failed {Action} ({Outcome}) could not be recorded ({ExceptionType}).")]
    private static partial void LogRecordFailed(ILogger logger, string exceptionType, string action, AuditOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back a failed {Action} failed ({ExceptionType}).")]
    private static partial void LogRollbackFailed(ILogger logger, string exceptionType, string action);
}
