using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.Infrastructure.Hosting;

/// <summary>
/// The one loop of every background worker (outbox dispatcher, audit sealer, token pruner, escalation worker): run
/// once, again at once while there is more to do, then wait the interval on the injected clock. A failed run is
/// logged by exception type only (database and SMTP messages can quote row values or addresses) and tried again
/// after the interval; stopping the host ends the loop. Each worker runs on every instance: what it claims, it
/// claims in the database (SKIP LOCKED, leases, advisory locks), so nothing lives in one process only.
/// </summary>
public abstract partial class PeriodicWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock every worker reads (a <c>FakeTimeProvider</c> in tests).</summary>
    protected TimeProvider Clock => clock;

    /// <summary>The worker's name in the log.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>
    /// False to leave this instance out of the work (an instance that only serves requests; another instance or a test
    /// runs <see cref="RunOnceAsync"/>). The work itself is shared through the database, so any one instance can do it.
    /// </summary>
    protected virtual bool Enabled => true;

    /// <summary>Whether the first run waits an interval (a pruner need not run the moment the app starts).</summary>
    protected virtual bool WaitBeforeFirstRun => false;

    /// <summary>One unit of work; true when more is waiting and the next run should follow at once.</summary>
    public abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(logger, Name);
            return;
        }

        if (WaitBeforeFirstRun && !await WaitAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRunFailed(logger, Name, ex.GetType().Name);
            }

            if (!await WaitAsync(stoppingToken))
            {
                return;
            }
        }
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Interval, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} does not run on this instance (disabled by configuration).")]
    private static partial void LogDisabled(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Worker} failed ({ExceptionType}); trying again after its interval.")]
    private static partial void LogRunFailed(ILogger logger, string worker, string exceptionType);
}
