using ClinicalPortal.DevTools.LocalPostgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Hosting;

/// <summary>
/// Development without a configured database: a private PostgreSQL cluster under <c>.data/postgres</c> of the
/// repository, started from the machine's binaries, on <c>LocalPostgres:Port</c> (55432) or a free port when that is taken.
/// </summary>
public static class LocalDatabase
{
    public static async Task<PrivatePostgresCluster> StartAsync(WebApplicationBuilder builder, ILogger logger)
    {
        var root = LocalMachine.FindRepositoryRoot(builder.Environment.ContentRootPath) ?? builder.Environment.ContentRootPath;
        var cluster = await PrivatePostgresCluster.StartAsync(
            new PrivatePostgresOptions
            {
                DataDirectory = Path.Combine(root, ".data", "postgres"),
                Port = builder.Configuration.GetValue("LocalPostgres:Port", 55432),
            },
            logger);
        logger.LogInformation("Using the private PostgreSQL cluster in {DataDirectory} on port {Port}.", cluster.DataDirectory, cluster.Port);
        return cluster;
    }
}
