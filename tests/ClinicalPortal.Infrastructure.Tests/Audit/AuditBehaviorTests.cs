using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Persistence;
using ClinicalPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicalPortal.Infrastructure.Tests.Audit;

/// <summary>The audit behaviour on real PostgreSQL: an abandoned request is Cancelled (not a 500), and a failure survives a failed audit.</summary>
public sealed class AuditBehaviorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Caller : ICurrentUser, IRequestContext
    {
        public UserId? UserId { get; } = Domain.Common.UserId.New();
        public OrganizationId? OrganizationId { get; } = Domain.Common.OrganizationId.New();
        public Role? Role => Domain.Common.Role.Clinician;
        public string? ClientApp => "test";
        public string? SystemActor => null;
        public string? IpAddress => null;
        public string? RequestId => "request-1";
        public string? Purpose => null;
    }

    private static async Task<(ServiceProvider Provider, Caller Caller)> BuildAsync()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("audit_behavior", Ct);
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddInfrastructure(new ConfigurationBuilder().Build(), connectionString);
        var caller = new Caller();
        services.AddSingleton<ICurrentUser>(caller).AddSingleton<IRequestContext>(caller).AddScoped<AuditScope>().AddScoped<AuditEntries>();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync(Ct);
        return (provider, caller);
    }

    private static AuditBehavior<TransferClient, Result<ClientResponse>> Behavior(IServiceProvider scope) => new(
        scope.GetRequiredService<PortalDbContext>(), scope.GetRequiredService<AuditEntries>(), scope.GetRequiredService<AuditScope>(),
        TimeProvider.System, NullLogger<AuditBehavior<TransferClient, Result<ClientResponse>>>.Instance);

    [Fact]
    public async Task ARequestTheCallerAbandoned_IsRecordedAsCancelled_NotAsAServerError()
    {
        var (provider, caller) = await BuildAsync();
        await using var _ = provider;
        await using var scope = provider.CreateAsyncScope();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Behavior(scope.ServiceProvider).Handle(
            new TransferClient(Guid.NewGuid(), null), (_, token) => throw new OperationCanceledException(token), gone.Token).AsTask());

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.ActorUserId == caller.UserId, Ct);
        Assert.Equal((Domain.Audit.AuditOutcome.Cancelled, 499), (row.Outcome, row.StatusCode));
    }

    [Fact]
    public async Task WhenTheFailureCannotBeRecorded_TheOriginalExceptionStillReachesTheCaller()
    {
        var (provider, _) = await BuildAsync();
        await using var _1 = provider;
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var original = new TimeZoneNotFoundException("the handler's own failure");

        var thrown = await Assert.ThrowsAsync<TimeZoneNotFoundException>(() => Behavior(scope.ServiceProvider).Handle(
            new TransferClient(Guid.NewGuid(), null), async (_, _) =>
            {
                // The database goes away under the request: rolling back and recording will both fail.
                try
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())", Ct);
                }
                catch (Exception)
                {
                    // the connection is broken now, as intended
                }

                throw original;
            }, Ct).AsTask());
        Assert.Same(original, thrown);
    }
}
