using ClinicalPortal.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// Removes expired and revoked tokens and authorizations from the database (OpenIddict keeps them for
/// replay detection; without pruning the tables only grow). Runs on every instance; deleting the same
/// rows twice is harmless. Entries younger than the retention are kept, so refresh-token replay is
/// still detected within a token family's lifetime.
/// </summary>
public sealed partial class TokenPruner(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuthOptions> options, ILogger<TokenPruner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (interval, retention) = (options.Value.PruneInterval, options.Value.PruneRetention);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var threshold = clock.GetUtcNow() - retention;
                var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
                var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
                LogPruned(logger, tokens, authorizations);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPruneFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Authorizations} authorizations.")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning tokens failed ({ExceptionType}); will retry.")]
    private static partial void LogPruneFailed(ILogger logger, string exceptionType);
}
