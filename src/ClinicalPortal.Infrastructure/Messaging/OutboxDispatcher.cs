using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// Delivers outbox e-mail after its transaction committed (other message types, such as
/// <c>risk.identified</c>, belong to their own consumers). Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several app instances share the work and none sends a message twice.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDispatchFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var batch = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE type = {OutboxMessage.EmailType} AND delivered_at IS NULL AND available_at <= {now}
                ORDER BY available_at
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct);
        foreach (var message in batch)
        {
            try
            {
                await transport.SendAsync(message.ReadEmail(), ct);
                message.MarkDelivered(clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Type only: an SMTP error can echo the recipient address.
                message.MarkFailed(ex.GetType().Name, clock.GetUtcNow());
                LogDeliveryFailed(logger, message.Id, message.Attempts, ex.GetType().Name);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed ({ExceptionType}); retrying.")]
    private static partial void LogDispatchFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} not delivered (attempt {Attempt}, {ExceptionType}).")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid messageId, int attempt, string exceptionType);
}
