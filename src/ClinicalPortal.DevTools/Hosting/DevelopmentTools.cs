using ClinicalPortal.DevTools.LocalPostgres;
using ClinicalPortal.DevTools.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Hosting;

/// <summary>
/// What <c>dotnet run</c> in Development adds to the host, so that a fresh clone starts with nothing installed but
/// the .NET SDK and PostgreSQL's server binaries: a private PostgreSQL cluster when no database is configured, the
/// mail catcher when no mail server is, the SMS catcher when no SMS provider is, the public address taken from the address the app listens on, and demo data.
/// </summary>
public static class DevelopmentTools
{
    /// <summary>Returns the cluster it started (to be stopped with the app), or null when a database is configured.</summary>
    public static async Task<PrivatePostgresCluster?> AddDevelopmentToolsAsync(this WebApplicationBuilder builder, ILogger logger)
    {
        PrivatePostgresCluster? cluster = null;
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Portal")))
        {
            cluster = await LocalDatabase.StartAsync(builder, logger);
            builder.Configuration["ConnectionStrings:Portal"] = cluster.ConnectionString;
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration["Portal:PublicBaseUrl"]) && ListeningAddress(builder.Configuration) is { } address)
        {
            // Links in e-mails (invitations) must point where this process really listens.
            builder.Configuration["Portal:PublicBaseUrl"] = address;
        }

        builder.AddDevMailCatcher(logger);
        await builder.AddDevSmsCatcherAsync(logger);
        builder.Services.AddScoped<PeopleSeeder>();
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddHostedService<DemoDataStartup>();
        return cluster;
    }

    /// <summary>The first address of <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, the launch profile), with a wildcard host as 127.0.0.1.</summary>
    public static string? ListeningAddress(IConfiguration configuration)
    {
        var first = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var uri = first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Port != 0 ? parsed.GetLeftPart(UriPartial.Authority) + "/" : null;
    }
}
