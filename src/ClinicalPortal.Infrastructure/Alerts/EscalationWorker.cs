using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Infrastructure.Hosting;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>
/// Fires due alert deadlines, on every instance. The timers are rows (<c>alert_deadlines.due_at</c>): a batch is
/// claimed in one statement (<c>FOR UPDATE SKIP LOCKED</c> in an UPDATE that sets a lease), so two instances never
/// claim the same one and a crashed instance's claim runs out; each deadline is then fired by an audited
/// <see cref="FireAlertDeadline"/> request of the <c>system:escalation</c> actor, in its own transaction under its
/// alert's lock, which fires it at most once whoever else tries. A deadline due while every instance was down fires at
/// the next poll after one starts.
/// </summary>
public sealed partial class EscalationWorker(
    IServiceScopeFactory scopes, SystemRequests requests, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<EscalationWorker> logger)
    : PeriodicWorker(clock, logger)
{
    private readonly ILogger _logger = logger;

    protected override string Name => "Escalation worker";

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override bool Enabled => options.Value.Enabled;

    public override async Task<bool> RunOnceAsync(CancellationToken cancellationToken) =>
        (await FireDueAsync(cancellationToken)).Claimed >= options.Value.BatchSize;

    /// <summary>Claims the due deadlines (up to a batch) and fires them; returns what happened.</summary>
    public async Task<EscalationRun> FireDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var (claimed, until) = await ClaimAsync(settings, ct);
        var fired = 0;
        var failed = 0;
        try
        {
            await FireAllAsync();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping (a deploy, a scale-in): what did not fire goes back at once, not when the lease ends, so another
            // instance fires it within its poll. One that did fire is untouched (firing twice changes nothing anyway).
            await ReleaseAsync(claimed, until);
            throw;
        }

        if (claimed.Count > 0)
        {
            LogRun(_logger, claimed.Count, fired, failed);
        }

        return new EscalationRun(claimed.Count, fired, failed);

        Task FireAllAsync() => Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = ct },
            async (deadline, token) =>
            {
                try
                {
                    var result = await requests.SendAsync(
                        SystemActors.Escalation, deadline.OrganizationId, $"deadline:{deadline.Id}", new FireAlertDeadline(deadline.Id.Value), token);
                    if (result.IsSuccess && result.Value.Fired)
                    {
                        Interlocked.Increment(ref fired);
                    }
                    else if (!result.IsSuccess)
                    {
                        LogRefused(_logger, deadline.Id.Value, result.Error!.Code);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    LogFireFailed(_logger, deadline.Id.Value, ex.GetType().Name);
                    await RetryLaterAsync(deadline, settings);
                }
            });
    }

    private async Task ReleaseAsync(List<AlertDeadline> claimed, DateTimeOffset until)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var ids = claimed.Select(d => d.Id).ToArray();
            await db.AlertDeadlines.Where(d => ids.Contains(d.Id) && d.FiredAt == null && d.CancelledAt == null && d.ClaimedUntil == until)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReleaseFailed(_logger, claimed.Count, ex.GetType().Name); // the lease runs out on its own
        }
    }

    private async Task<(List<AlertDeadline> Claimed, DateTimeOffset Until)> ClaimAsync(EscalationOptions settings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = Clock.GetUtcNow();
        var until = now + settings.Lease;
        var rows = await db.AlertDeadlines
            .FromSql($"""
                UPDATE alert_deadlines SET claimed_until = {until}
                WHERE id IN (
                    SELECT id FROM alert_deadlines
                    WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= {now}
                      AND (claimed_until IS NULL OR claimed_until <= {now})
                    ORDER BY due_at
                    LIMIT {settings.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(ct);
        return (rows.OrderBy(d => d.DueAt).ToList(), until);
    }

    /// <summary>A firing that failed (not one that was refused) is tried again soon, by whichever instance comes first.</summary>
    private async Task RetryLaterAsync(AlertDeadline deadline, EscalationOptions settings)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var at = Clock.GetUtcNow() + settings.RetryDelay;
            await db.AlertDeadlines.Where(d => d.Id == deadline.Id && d.FiredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, at), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lease runs out on its own.
            LogFireFailed(_logger, deadline.Id.Value, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation worker claimed {Claimed} due deadlines: {Fired} fired a round, {Failed} failed.")]
    private static partial void LogRun(ILogger logger, int claimed, int fired, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing alert deadline {DeadlineId} failed ({ExceptionType}); it is tried again shortly.")]
    private static partial void LogFireFailed(ILogger logger, Guid deadlineId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing {Count} claimed deadlines on stop failed ({ExceptionType}); their lease runs out on its own.")]
    private static partial void LogReleaseFailed(ILogger logger, int count, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Firing alert deadline {DeadlineId} was refused ({Code}).")]
    private static partial void LogRefused(ILogger logger, Guid deadlineId, string code);
}
