using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Seeding;

/// <summary>
/// Seeds the demo organisations once (Development only, <c>Demo:Seed</c>), after the database start-up has migrated,
/// and prints the demo accounts. Registered after the database start-up, so its <c>StartingAsync</c> runs after it.
/// </summary>
public sealed class DemoDataStartup(IServiceProvider services, IConfiguration configuration, ILogger<DemoDataStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Seed", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var password = configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DemoData.DefaultPassword;
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(password, cancellationToken);

        // Demo credentials only (Development); no real person's data.
        var lines = new List<string> { seeded ? "Demo data seeded. Demo accounts:" : "Demo accounts:" };
        lines.AddRange(DemoData.Accounts.Select(a => $"  {a.Email,-26} {a.Role,-10} {a.Organization}"));
        lines.Add(password == DemoData.DefaultPassword ? $"  password: {DemoData.DefaultPassword}" : "  password: the value of Demo:Password");
        logger.LogInformation("{DemoAccounts}", string.Join(Environment.NewLine, lines));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
