using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// Before the server accepts a request: apply migrations (EF takes a lock, so several instances may start at once),
/// encrypt free text left in clear by earlier versions (<see cref="HealthTextBackfill"/>),
/// seed the built-in module library (<see cref="ModuleLibrarySeeder"/>, safe to run at once too), and register the
/// OAuth clients, one instance at a time (an advisory lock), for the same reason (Development adds demo data after
/// this: DevTools' DemoDataStartup).
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (configuration.GetValue("Database:Migrate", true))
        {
            await provider.GetRequiredService<PortalDbContext>().Database.MigrateAsync(cancellationToken);
        }

        // Free text stored in clear before it was encrypted (ADR 0014) is encrypted now: a migration has no keys.
        await HealthTextBackfill.RunAsync(
            provider.GetRequiredService<PortalDbContext>(), provider.GetRequiredService<IHealthTextProtector>(), cancellationToken);

        // The built-in module library, in every environment (idempotent; instances starting together wait on each other's rows).
        await ModuleLibrarySeeder.SeedAsync(provider.GetRequiredService<PortalDbContext>(), cancellationToken);

        // One instance at a time: each registration rewrites the rows (a new concurrency token), so instances that
        // start together would otherwise fail on each other's update and stop.
        var db = provider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await provider.GetRequiredService<ITransactionLocks>().LockUntilCommitAsync("startup:oauth-clients", cancellationToken);
        await OidcApplications.RegisterAsync(
            provider.GetRequiredService<IOpenIddictApplicationManager>(),
            provider.GetRequiredService<IOptions<AuthOptions>>().Value,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
