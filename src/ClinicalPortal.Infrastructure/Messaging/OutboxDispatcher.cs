using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Infrastructure.Hosting;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// Hands committed outbox messages to their handlers (one <see cref="IOutboxHandler"/> per type), on every app
/// instance. A batch is claimed in one statement (<c>FOR UPDATE SKIP LOCKED</c> inside an UPDATE that sets a lease),
/// so no transaction is held while a handler talks to SMTP; each outcome is marked with the claim's token, so a
/// dispatcher whose lease ran out and was taken over marks nothing. A failure backs off (2 s doubling, capped) and,
/// after <see cref="OutboxOptions.MaxAttempts"/>, moves the message to the dead letters, where it stays. Types
/// without a handler in this version are left for an instance that has one, and so are those whose handler cannot
/// work yet (e-mail while no SMTP server is configured).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : PeriodicWorker(clock, logger)
{
    private readonly ILogger _logger = logger;

    protected override string Name => "Outbox dispatcher";

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override bool Enabled => options.Value.Enabled;

    public override async Task<bool> RunOnceAsync(CancellationToken cancellationToken) =>
        await DispatchBatchAsync(cancellationToken) >= options.Value.BatchSize;

    /// <summary>Claims and handles one batch; returns how many messages it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IOutboxHandler>().Where(h => h.IsAvailable)
            .ToDictionary(h => h.MessageType, StringComparer.Ordinal);
        if (handlers.Count == 0)
        {
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var claim = Guid.NewGuid();
        var now = Clock.GetUtcNow();
        var leaseEnds = now + settings.Lease;
        var types = handlers.Keys.ToArray();
        var pending = nameof(OutboxStatus.Pending);
        var batch = (await db.OutboxMessages
                .FromSql($"""
                    UPDATE outbox_messages SET locked_until = {leaseEnds}, claim_token = {claim}
                    WHERE id IN (
                        SELECT id FROM outbox_messages
                        WHERE status = {pending} AND type = ANY({types}) AND available_at <= {now}
                          AND (locked_until IS NULL OR locked_until <= {now})
                        ORDER BY available_at
                        LIMIT {settings.BatchSize}
                        FOR UPDATE SKIP LOCKED)
                    RETURNING *
                    """)
                .AsNoTracking()
                .ToListAsync(ct))
            .OrderBy(m => m.AvailableAt).ThenBy(m => m.Id)
            .ToList();

        // Stop well before the lease ends: past it another dispatcher may take the rest.
        var stopBy = leaseEnds - settings.Lease / 5;
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            if (Clock.GetUtcNow() >= stopBy)
            {
                await ReleaseAsync(db, batch.Skip(i), claim);
                break;
            }

            var handler = handlers[message.Type];
            try
            {
                await handler.HandleAsync(message, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopping: whether this one went out is unknown, so it is handled again (at least once).
                await ReleaseAsync(db, batch.Skip(i), claim);
                throw;
            }
            catch (ChannelUnavailableException ex)
            {
                await PostponeAsync(db, message, claim, ex.GetType().Name, settings);
                continue;
            }
            catch (Exception ex)
            {
                await MarkFailedAsync(db, message, claim, ex.GetType().Name, settings);
                continue;
            }

            await MarkDoneAsync(db, message, claim, handler.Retention);
        }

        return batch.Count;
    }

    /// <summary>The wait after the given number of failed attempts: 2 s, 4 s, 8 s ... up to the cap.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan cap) =>
        TimeSpan.FromSeconds(Math.Min(cap.TotalSeconds, Math.Pow(2, Math.Clamp(attempts, 1, 30))));

    private async Task MarkDoneAsync(PortalDbContext db, OutboxMessage message, Guid claim, PayloadRetention retention)
    {
        var now = Clock.GetUtcNow();
        var wipe = retention == PayloadRetention.WipeWhenDone;
        // The outcome is recorded even when the host is stopping: the message was handled.
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == claim).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(m => m.Status, OutboxStatus.Done)
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null);
            if (wipe)
            {
                s.SetProperty(m => m.Payload, "{}");
            }
        }, CancellationToken.None);
    }

    private async Task MarkFailedAsync(PortalDbContext db, OutboxMessage message, Guid claim, string error, OutboxOptions settings)
    {
        var now = Clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var dead = attempts >= settings.MaxAttempts;
        var status = dead ? OutboxStatus.DeadLetter : OutboxStatus.Pending;
        var next = dead ? message.AvailableAt : now + Backoff(attempts, settings.MaxBackoff);
        var updated = await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == claim).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.AvailableAt, next)
            .SetProperty(m => m.ProcessedAt, dead ? now : (DateTimeOffset?)null)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
        if (updated == 0)
        {
            return;
        }

        if (dead)
        {
            LogDeadLettered(_logger, message.Id, message.Type, attempts, error);
        }
        else
        {
            LogHandlingFailed(_logger, message.Id, message.Type, attempts, error);
        }
    }

    /// <summary>The channel is down: back to pending after <see cref="OutboxOptions.UnavailableRetry"/>, attempts unchanged.</summary>
    private async Task PostponeAsync(PortalDbContext db, OutboxMessage message, Guid claim, string error, OutboxOptions settings)
    {
        var next = Clock.GetUtcNow() + settings.UnavailableRetry;
        var updated = await db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == claim).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.AvailableAt, next)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
        if (updated > 0)
        {
            LogPostponed(_logger, message.Id, message.Type, error);
        }
    }

    private static Task ReleaseAsync(PortalDbContext db, IEnumerable<OutboxMessage> messages, Guid claim)
    {
        var ids = messages.Select(m => m.Id).ToArray();
        return db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimToken == claim).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null), CancellationToken.None);
    }

    // Ids, types and counts only: a message's payload or an SMTP reply can name a person.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed (attempt {Attempt}, {ExceptionType}); it will be tried again.")]
    private static partial void LogHandlingFailed(ILogger logger, Guid messageId, string type, int attempt, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) postponed: its channel is unavailable ({ExceptionType}); this does not count as an attempt.")]
    private static partial void LogPostponed(ILogger logger, Guid messageId, string type, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) failed {Attempt} times ({ExceptionType}) and was moved to the dead letters.")]
    private static partial void LogDeadLettered(ILogger logger, Guid messageId, string type, int attempt, string exceptionType);
}
