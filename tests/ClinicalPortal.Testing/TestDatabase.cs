using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClinicalPortal.DevTools.LocalPostgres;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace ClinicalPortal.Testing;

/// <summary>
/// Empty PostgreSQL databases for tests. One server per test process, chosen on first use:
/// <list type="number">
/// <item>the <c>PORTAL_TEST_DB</c> environment variable (a connection string) if set;</item>
/// <item>else Testcontainers (<c>postgres:16-alpine</c>) when a Docker engine answers;</item>
/// <item>else a <see cref="PrivatePostgresCluster"/> in a fresh temp folder (non-durable), stopped and deleted at process exit.</item>
/// </list>
/// </summary>
public static class TestDatabase
{
    /// <summary>The environment variable holding a connection string to an existing server.</summary>
    public const string EnvironmentVariable = "PORTAL_TEST_DB";

    internal const string TempFolderPrefix = "clinicalportal-tests-";
    private const string ContainerImage = "postgres:16-alpine";

    private static readonly Lazy<Task<Server>> SharedServer =
        new(() => Task.Run(ChooseServerAsync), LazyThreadSafetyMode.ExecutionAndPublication);

    private static volatile string? _description;

    /// <summary>Which server the databases are created on (no password), e.g. "private cluster at 127.0.0.1:41234".</summary>
    public static string ServerDescription =>
        _description ?? "not chosen yet (the server is chosen by the first CreateDatabaseAsync call)";

    /// <summary>Creates a new empty database with a unique name starting with <paramref name="prefix"/>; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct = default)
    {
        // The shared start-up is not cancelled by one caller's token; that caller just stops waiting.
        var server = await SharedServer.Value.WaitAsync(ct).ConfigureAwait(false);
        return await server.CreateDatabaseAsync(UniqueName(prefix), ct).ConfigureAwait(false);
    }

    internal static string UniqueName(string prefix)
    {
        var sb = new StringBuilder();
        foreach (var c in (prefix ?? "").ToLowerInvariant())
        {
            sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        var cleaned = sb.ToString().Trim('_');
        if (cleaned.Length > 40)
        {
            cleaned = cleaned[..40];
        }

        if (cleaned.Length == 0 || char.IsDigit(cleaned[0]))
        {
            cleaned = "db_" + cleaned;
        }

        // random, not a counter: several test processes may share one PORTAL_TEST_DB server
        return cleaned.TrimEnd('_') + "_" + Guid.NewGuid().ToString("N")[..12];
    }

    private static async Task<Server> ChooseServerAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var builder = new NpgsqlConnectionStringBuilder(fromEnvironment);
            _description = $"{EnvironmentVariable} server at {builder.Host}:{builder.Port}";
            return new SqlServer(fromEnvironment);
        }

        var dockerProblem = await TryContainerAsync().ConfigureAwait(false);
        if (dockerProblem.Server is not null)
        {
            return dockerProblem.Server;
        }

        var server = await PrivateServer.StartAsync().ConfigureAwait(false);
        _description = $"private cluster at 127.0.0.1:{server.Cluster.Port} (data {server.Cluster.DataDirectory}; no Docker: {dockerProblem.Reason})";
        return server;
    }

    private static async Task<(Server? Server, string Reason)> TryContainerAsync()
    {
        PostgreSqlContainer container;
        try
        {
            container = new PostgreSqlBuilder(ContainerImage).Build();
        }
        catch (DockerUnavailableException)
        {
            return (null, "Docker engine unavailable");
        }
        catch (Exception ex)
        {
            return (null, ex.GetType().Name);
        }

        try
        {
            await container.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await container.DisposeAsync().ConfigureAwait(false);
            return (null, $"container failed to start: {ex.GetType().Name}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                // best effort at exit; the Testcontainers reaper removes it anyway
            }
        };
        _description = $"Testcontainers {ContainerImage} at {container.Hostname}:{container.GetMappedPublicPort(PostgreSqlBuilder.PostgreSqlPort)}";
        return (new SqlServer(container.GetConnectionString()), "");
    }

    private abstract class Server
    {
        public abstract Task<string> CreateDatabaseAsync(string name, CancellationToken ct);
    }

    /// <summary>Any reachable server: connect with its connection string and CREATE DATABASE.</summary>
    private sealed class SqlServer(string connectionString) : Server
    {
        public override async Task<string> CreateDatabaseAsync(string name, CancellationToken ct)
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync(ct).ConfigureAwait(false);
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
        }
    }

    private sealed class PrivateServer : Server
    {
        private PrivateServer(PrivatePostgresCluster cluster, string root)
        {
            Cluster = cluster;
            Root = root;
        }

        public PrivatePostgresCluster Cluster { get; }

        private string Root { get; }

        public static async Task<PrivateServer> StartAsync()
        {
            var root = Path.Combine(Path.GetTempPath(), TempFolderPrefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(root);
            await File.WriteAllTextAsync(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);

            PrivatePostgresCluster cluster;
            try
            {
                cluster = await PrivatePostgresCluster.StartAsync(
                    new PrivatePostgresOptions
                    {
                        DataDirectory = Path.Combine(root, "data"),
                        Port = 0, // any free port: several test processes run at once
                        Database = "postgres",
                        Durable = false,
                    },
                    StandardErrorLogger.Instance).ConfigureAwait(false);
            }
            catch
            {
                TryDelete(root);
                throw;
            }

            var server = new PrivateServer(cluster, root);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            _ = Task.Run(LeftoverCleanup.Run);
            return server;
        }

        public override Task<string> CreateDatabaseAsync(string name, CancellationToken ct) =>
            Cluster.CreateDatabaseAsync(name, ct);

        private void Stop()
        {
            try
            {
                Cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"[TestDatabase] stopping the private PostgreSQL cluster failed: {ex.Message}");
            }

            TryDelete(Root);
        }
    }

    internal static void TryDelete(string dir)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }

                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// Removes temp clusters left by test processes that were killed before ProcessExit ran
    /// (their owner.pid names a dead process): stops their postmaster (SIGINT = fast shutdown) and deletes the folder.
    /// </summary>
    private static class LeftoverCleanup
    {
        public static void Run()
        {
            try
            {
                foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), TempFolderPrefix + "*"))
                {
                    if (IsAbandoned(dir))
                    {
                        StopPostmaster(Path.Combine(dir, "data", "postmaster.pid"));
                        TryDelete(dir);
                    }
                }
            }
            catch (Exception)
            {
                // best effort only
            }
        }

        private static bool IsAbandoned(string dir)
        {
            var ownerFile = Path.Combine(dir, "owner.pid");
            if (!File.Exists(ownerFile))
            {
                return Directory.GetCreationTimeUtc(dir) < DateTime.UtcNow.AddMinutes(-10);
            }

            return int.TryParse(File.ReadAllText(ownerFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner)
                && owner != Environment.ProcessId
                && !IsAlive(owner);
        }

        private static void StopPostmaster(string pidFile)
        {
            if (!File.Exists(pidFile)
                || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault()?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                || !IsAlive(pid))
            {
                return;
            }

            using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
            kill?.WaitForExit(5000);
            var clock = Stopwatch.StartNew();
            while (IsAlive(pid) && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(50);
            }
        }

        private static bool IsAlive(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }
    }
}
