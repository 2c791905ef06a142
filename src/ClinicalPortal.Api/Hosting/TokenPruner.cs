using ClinicalPortal.Infrastructure.Hosting;
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
    : PeriodicWorker(clock, logger)
{
    private readonly ILogger _logger = logger;

    protected override string Name => "Token pruner";

    protected override TimeSpan Interval => options.Value.PruneInterval;

    protected override bool WaitBeforeFirstRun => true;

    public override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var threshold = Clock.GetUtcNow() - options.Value.PruneRetention;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        LogPruned(_logger, tokens, authorizations);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Authorizations} authorizations.")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);
}
