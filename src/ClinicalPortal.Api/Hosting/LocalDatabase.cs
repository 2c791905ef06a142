using ClinicalPortal.Infrastructure.Hosting;
using ClinicalPortal.Infrastructure.Persistence.LocalPostgres;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// Finds the database: <c>ConnectionStrings:Portal</c> when set; otherwise, in Development only, a private
/// PostgreSQL cluster under <c>.data/postgres</c> of the repository, started from the machine's binaries.
/// </summary>
public static class LocalDatabase
{
    public static async Task<(string ConnectionString, PrivatePostgresCluster? Cluster)> ResolveAsync(
        WebApplicationBuilder builder, ILogger logger)
    {
        var configured = builder.Configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured, null);
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Portal is not set. Outside Development the portal needs a configured PostgreSQL database.");
        }

        var dataDirectory = Path.Combine(LocalMachine.FindRepositoryRoot(builder.Environment.ContentRootPath) ?? builder.Environment.ContentRootPath, ".data", "postgres");
        var cluster = await PrivatePostgresCluster.StartAsync(
            new PrivatePostgresOptions { DataDirectory = dataDirectory, Port = builder.Configuration.GetValue("LocalPostgres:Port", 55432) },
            logger);
        logger.LogInformation("Using the private PostgreSQL cluster in {DataDirectory} on port {Port}.", cluster.DataDirectory, cluster.Port);
        return (cluster.ConnectionString, cluster);
    }
}
