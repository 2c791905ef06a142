using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Audit;

/// <summary>Seals new audit events in the background; every instance runs it, the advisory lock serialises them.</summary>
public sealed class AuditSealer(
    IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditSealer> logger)
    : PeriodicWorker(clock, logger)
{
    protected override string Name => "Audit sealer";

    protected override TimeSpan Interval => options.Value.SealInterval;

    public override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditChain>().SealPendingAsync(cancellationToken);
        return false;
    }
}
