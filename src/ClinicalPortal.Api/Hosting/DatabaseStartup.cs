using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using ClinicalPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// Before the server accepts a request: apply migrations (EF takes a lock, so several instances may
/// start at once), register the OAuth clients, and in Development seed the demo organisations.
/// </summary>
public sealed class DatabaseStartup(
    IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, ILogger<DatabaseStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (configuration.GetValue("Database:Migrate", true))
        {
            await provider.GetRequiredService<PortalDbContext>().Database.MigrateAsync(cancellationToken);
        }

        await OidcApplications.RegisterAsync(
            provider.GetRequiredService<IOpenIddictApplicationManager>(),
            provider.GetRequiredService<IOptions<AuthOptions>>().Value,
            cancellationToken);

        if (environment.IsDevelopment() && configuration.GetValue("Demo:Seed", true))
        {
            var password = configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DemoData.DefaultPassword;
            var seeded = await provider.GetRequiredService<DemoData>().SeedAsync(password, cancellationToken);
            PrintDemoAccounts(seeded, password == DemoData.DefaultPassword);
        }
    }

    private void PrintDemoAccounts(bool seededNow, bool defaultPassword)
    {
        // Demo credentials only (Development); no real person's data.
        var lines = new List<string>
        {
            seededNow ? "Demo data seeded. Demo accounts:" : "Demo accounts:",
        };
        lines.AddRange(DemoData.Accounts.Select(a => $"  {a.Email,-26} {a.Role,-10} {a.Organization}"));
        lines.Add(defaultPassword
            ? $"  password: {DemoData.DefaultPassword}"
            : "  password: the value of Demo:Password");
        logger.LogInformation("{DemoAccounts}", string.Join(Environment.NewLine, lines));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
