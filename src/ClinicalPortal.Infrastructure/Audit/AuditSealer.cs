using ClinicalPortal.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Audit;

/// <summary>Seals new audit events in the background; every instance runs it, the advisory lock serialises them.</summary>
public sealed partial class AuditSealer(
    IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditSealer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IAuditChain>().SealPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSealFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.SealInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // The exception type only: messages from the database can quote row values.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sealing audit events failed ({ExceptionType}); retrying.")]
    private static partial void LogSealFailed(ILogger logger, string exceptionType);
}
