using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

using ClinicalPortal.DevTools.Hosting;

namespace ClinicalPortal.DevTools.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster on 127.0.0.1, run from the machine's PostgreSQL binaries without Docker
/// or a system service. For development and tests.
/// </summary>
/// <remarks>
/// Files beside the data folder <c>&lt;parent&gt;/&lt;name&gt;</c>: <c>&lt;name&gt;.password</c> (0600, the superuser's
/// password, reused on later starts), <c>&lt;name&gt;.lock</c> (serialises concurrent starts) and
/// <c>&lt;name&gt;.sock</c> (the Unix socket folder; under /tmp when that path would be too long for a socket).
/// The server log is <c>&lt;data&gt;/server.log</c>.
/// </remarks>
public sealed class PrivatePostgresCluster : IAsyncDisposable
{
    /// <summary>The superuser created by initdb.</summary>
    public const string SuperUser = "portal";

    private const string Host = "127.0.0.1";
    private const int MaxConnections = 200;
    private const int MaxUnixSocketDirectoryLength = 80; // sun_path is 108 bytes; ".s.PGSQL.NNNNN.lock" is appended
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(3);

    private readonly PostgresProcessRunner _runner;
    private readonly ILogger _logger;
    private readonly string _password;
    private readonly ConcurrentDictionary<string, byte> _issuedConnectionStrings = new(StringComparer.Ordinal);
    private int _disposed;

    private PrivatePostgresCluster(
        PostgresProcessRunner runner,
        ILogger logger,
        string dataDirectory,
        int port,
        string database,
        string password,
        bool ownsServer)
    {
        _runner = runner;
        _logger = logger;
        _password = password;
        DataDirectory = dataDirectory;
        Port = port;
        OwnsServer = ownsServer;
        ConnectionString = BuildConnectionString(database);
        AdminConnectionString = BuildConnectionString("postgres");
    }

    /// <summary>Host=127.0.0.1;Port=..;Database=..;Username=portal;Password=..</summary>
    public string ConnectionString { get; }

    /// <summary>Same as <see cref="ConnectionString"/> with database <c>postgres</c>.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The TCP port the server listens on (may differ from the requested one).</summary>
    public int Port { get; }

    /// <summary>The data folder actually used (may be a fallback under /tmp, see the log).</summary>
    public string DataDirectory { get; }

    /// <summary>False when an already running server was reused; <see cref="DisposeAsync"/> then leaves it running.</summary>
    public bool OwnsServer { get; }

    /// <summary>
    /// Creates the cluster if the data folder holds none, starts it (or reuses it if it already runs),
    /// creates <see cref="PrivatePostgresOptions.Database"/> if missing and waits until a connection succeeds.
    /// </summary>
    public static async Task<PrivatePostgresCluster> StartAsync(PrivatePostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Database);
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (any free port) or 1-65535.");
        }

        var clock = Stopwatch.StartNew();
        var bin = FindBinDirectory() ?? throw new PostgresNotFoundException();
        var runAsPostgres = !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;
        if (runAsPostgres && !OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException("PostgreSQL refuses to run as root, and switching to the 'postgres' user is only implemented on Linux (runuser). Run as a normal user.");
        }

        var runner = new PostgresProcessRunner(bin, runAsPostgres);
        var layout = await ClusterLayout.ResolveAsync(options.DataDirectory, runner, logger, ct).ConfigureAwait(false);

        using var lockFile = await AcquireLockAsync(layout.LockFile, logger, ct).ConfigureAwait(false);
        await layout.PrepareDirectoriesAsync(runner, ct).ConfigureAwait(false);

        var initialized = File.Exists(Path.Combine(layout.DataDirectory, "PG_VERSION"));
        var password = ReadOrCreatePassword(layout.PasswordFile, initialized);

        var runningPort = initialized ? await WaitForRunningPortAsync(layout.DataDirectory, ct).ConfigureAwait(false) : null;
        var ownsServer = runningPort is null;
        int port;
        if (runningPort is int reusedPort)
        {
            port = reusedPort;
            logger.LogInformation("Reusing the PostgreSQL server already running on {Host}:{Port} for data folder {DataDirectory}", Host, port, layout.DataDirectory);
        }
        else
        {
            if (!initialized)
            {
                await InitDbAsync(runner, layout, password, options.Durable, logger, ct).ConfigureAwait(false);
            }

            port = await StartServerAsync(runner, layout, options, logger, ct).ConfigureAwait(false);
        }

        var cluster = new PrivatePostgresCluster(runner, logger, layout.DataDirectory, port, options.Database, password, ownsServer);
        try
        {
            await cluster.WaitForConnectionAsync(ct).ConfigureAwait(false);
            await cluster.EnsureDatabaseAsync(options.Database, ct).ConfigureAwait(false);
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        logger.LogInformation(
            "PostgreSQL ready on {Host}:{Port}, database {Database}, data folder {DataDirectory} ({Action} in {Elapsed} ms)",
            Host, port, options.Database, layout.DataDirectory, ownsServer ? (initialized ? "started" : "created and started") : "reused", clock.ElapsedMilliseconds);
        return cluster;
    }

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Encoding.UTF8.GetByteCount(name) > 63)
        {
            throw new ArgumentException("PostgreSQL database names are at most 63 bytes.", nameof(name));
        }

        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("CREATE DATABASE " + QuoteIdentifier(name), connection);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return BuildConnectionString(name);
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>) if this instance started it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (!OwnsServer)
        {
            return; // someone else's server: leave it running
        }

        // Pooled connections to a stopped server are dead; a later start on the same port would hand them out.
        foreach (var connectionString in _issuedConnectionStrings.Keys)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }

        var result = await _runner.RunToolAsync(
            "pg_ctl",
            ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "-s"],
            ToolTimeout,
            CancellationToken.None).ConfigureAwait(false);
        if (result.Succeeded)
        {
            _logger.LogInformation("PostgreSQL on {Host}:{Port} stopped", Host, Port);
        }
        else
        {
            _logger.LogWarning("pg_ctl stop for {DataDirectory} exited with {ExitCode}: {Output}", DataDirectory, result.ExitCode, result.CombinedOutput);
        }
    }

    /// <summary>
    /// The folder holding initdb, pg_ctl and postgres: the PG_BIN environment variable, then <c>pg_config --bindir</c>,
    /// then /usr/lib/postgresql/&lt;highest&gt;/bin, then PATH. Null if none.
    /// </summary>
    public static string? FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && IsBinDirectory(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var pgConfig = FindOnPath("pg_config");
        if (pgConfig is not null)
        {
            try
            {
                var result = PostgresProcessRunner.RunAsync(pgConfig, ["--bindir"], TimeSpan.FromSeconds(10), CancellationToken.None).GetAwaiter().GetResult();
                var dir = result.StandardOutput.Trim();
                if (result.Succeeded && dir.Length > 0 && IsBinDirectory(dir))
                {
                    return dir;
                }
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException or IOException)
            {
                // fall through to the next source
            }
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var best = Directory.EnumerateDirectories(debianRoot)
                .Select(d => (Dir: d, Version: decimal.TryParse(Path.GetFileName(d), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1m))
                .Where(x => x.Version >= 0 && IsBinDirectory(Path.Combine(x.Dir, "bin")))
                .OrderByDescending(x => x.Version)
                .Select(x => Path.Combine(x.Dir, "bin"))
                .FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        var initdb = FindOnPath("initdb");
        if (initdb is not null)
        {
            // /usr/local/bin/initdb may be a symlink into the real bin folder
            var target = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true);
            var targetDir = target is null ? null : Path.GetDirectoryName(target.FullName);
            if (targetDir is not null && IsBinDirectory(targetDir))
            {
                return targetDir;
            }

            var dir = Path.GetDirectoryName(initdb);
            if (dir is not null && IsBinDirectory(dir))
            {
                return dir;
            }
        }

        return null;
    }

    private string BuildConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = database,
            Username = SuperUser,
            Password = _password,
        };
        var connectionString = builder.ConnectionString;
        _issuedConnectionStrings.TryAdd(connectionString, 0);
        return connectionString;
    }

    private async Task WaitForConnectionAsync(CancellationToken ct)
    {
        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(ct).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("select 1", connection);
                await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when ((ex is NpgsqlException or SocketException or TimeoutException) && deadline.Elapsed < ConnectTimeout)
            {
                if (ex is PostgresException { SqlState: "28P01" or "28000" })
                {
                    throw new InvalidOperationException(
                        $"The PostgreSQL server for {DataDirectory} on {Host}:{Port} rejected the password stored beside the data folder. " +
                        "Delete the data folder (and its .password file) to recreate the cluster.", ex);
                }

                await Task.Delay(50, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        try
        {
            await using var create = new NpgsqlCommand("CREATE DATABASE " + QuoteIdentifier(database), connection);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            _logger.LogInformation("Created database {Database}", database);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // created concurrently by someone else: fine
        }
    }

    private static async Task InitDbAsync(PostgresProcessRunner runner, ClusterLayout layout, string password, bool durable, ILogger logger, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();

        // initdb reads the password from a file; put it where only the postgres user (and root) can read it.
        var passwordFile = Path.Combine(layout.SocketDirectory, "initdb.pw");
        WritePrivateFile(passwordFile, password);
        try
        {
            if (runner.RunAsPostgresUser)
            {
                await ClusterLayout.ChownToPostgresAsync([passwordFile], ct).ConfigureAwait(false);
            }

            ProcessResult? result = null;
            foreach (var locale in new[] { "C.UTF-8", "C" })
            {
                List<string> args =
                [
                    "-D", layout.DataDirectory,
                    "-U", SuperUser,
                    "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256",
                    "-E", "UTF8",
                    "--locale=" + locale,
                    "--no-instructions",
                ];
                if (!durable)
                {
                    args.Add("--no-sync");
                }

                result = await runner.RunToolAsync("initdb", args, ToolTimeout, ct).ConfigureAwait(false);
                if (result.Succeeded)
                {
                    logger.LogInformation("Created PostgreSQL cluster in {DataDirectory} (locale {Locale}, {Elapsed} ms)", layout.DataDirectory, locale, clock.ElapsedMilliseconds);
                    return;
                }

                logger.LogWarning("initdb with locale {Locale} failed (exit {ExitCode}); output: {Output}", locale, result.ExitCode, result.CombinedOutput);
                if (!result.CombinedOutput.Contains("locale", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }
            }

            throw new InvalidOperationException($"initdb failed for {layout.DataDirectory} (exit {result!.ExitCode}): {result.CombinedOutput}");
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static async Task<int> StartServerAsync(PostgresProcessRunner runner, ClusterLayout layout, PrivatePostgresOptions options, ILogger logger, CancellationToken ct)
    {
        var port = ChoosePort(options.Port, logger);
        for (var attempt = 1; ; attempt++)
        {
            var serverOptions = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"-p {port} -k {ShellQuote(layout.SocketDirectory)} -c listen_addresses={Host} -c max_connections={MaxConnections}");
            if (!options.Durable)
            {
                serverOptions.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            }

            var logLength = File.Exists(layout.LogFile) ? new FileInfo(layout.LogFile).Length : 0;
            var result = await runner.RunToolAsync(
                "pg_ctl",
                ["start", "-w", "-t", "60", "-s", "-D", layout.DataDirectory, "-l", layout.LogFile, "-o", serverOptions.ToString()],
                ToolTimeout,
                ct).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return port;
            }

            var log = ReadLogTail(layout.LogFile, logLength);
            if (attempt < 3 && log.Contains("Address already in use", StringComparison.Ordinal))
            {
                var next = LocalMachine.FreeLoopbackPort();
                logger.LogWarning("Port {Port} was taken while PostgreSQL started; retrying on port {NextPort}", port, next);
                port = next;
                continue;
            }

            throw new InvalidOperationException(
                $"pg_ctl start failed for {layout.DataDirectory} on port {port} (exit {result.ExitCode}): {result.CombinedOutput}{Environment.NewLine}Server log ({layout.LogFile}):{Environment.NewLine}{log}");
        }
    }

    private static int ChoosePort(int requested, ILogger logger)
    {
        if (requested == 0)
        {
            return LocalMachine.FreeLoopbackPort();
        }

        if (IsPortFree(requested))
        {
            return requested;
        }

        var port = LocalMachine.FreeLoopbackPort();
        logger.LogWarning("Port {Requested} on {Host} is taken by another program; the private PostgreSQL cluster uses port {Port} instead", requested, Host, port);
        return port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The port of a live postmaster for this data folder, or null when none runs (or it is shutting down).</summary>
    private static async Task<int?> WaitForRunningPortAsync(string dataDirectory, CancellationToken ct)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string[] lines;
            try
            {
                lines = File.Exists(pidFile) ? await File.ReadAllLinesAsync(pidFile, ct).ConfigureAwait(false) : [];
            }
            catch (IOException)
            {
                lines = [];
            }

            if (lines.Length < 4
                || !int.TryParse(lines[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                || !int.TryParse(lines[3].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var port)
                || !IsProcessAlive(pid))
            {
                return null; // no server, or a stale pid file that postgres itself will clean up
            }

            var status = lines.Length >= 8 ? lines[7].Trim() : "";
            if (status != "stopping" || clock.Elapsed > ToolTimeout)
            {
                return port;
            }

            // another process is stopping this server: wait, then start it again ourselves
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
    }

    private static bool IsProcessAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            // postmaster.pid may survive a reboot; make sure the pid is a postgres process
            var comm = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "comm");
            try
            {
                return File.ReadAllText(comm).Trim().StartsWith("postgres", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return true;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string ReadOrCreatePassword(string passwordFile, bool clusterExists)
    {
        if (File.Exists(passwordFile))
        {
            var existing = File.ReadAllText(passwordFile).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        if (clusterExists)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL data folder beside {passwordFile} holds a cluster, but its password file is missing or empty. " +
                "Restore the password file or delete the data folder to recreate the cluster.");
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        WritePrivateFile(passwordFile, password);
        return password;
    }

    private static void WritePrivateFile(string path, string content)
    {
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, fileOptions))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(content);
            writer.Write('\n');
        }

        if (!OperatingSystem.IsWindows())
        {
            // an existing file keeps its old mode on FileMode.Create
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string lockFile, ILogger logger, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var waitLogged = false;
        while (true)
        {
            try
            {
                var fileOptions = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                return new FileStream(lockFile, fileOptions);
            }
            catch (IOException) when (clock.Elapsed < LockTimeout)
            {
                if (!waitLogged)
                {
                    logger.LogInformation("Waiting for another process that is starting the PostgreSQL cluster (lock {LockFile})", lockFile);
                    waitLogged = true;
                }

                await Task.Delay(50, ct).ConfigureAwait(false);
            }
        }
    }

    private static string ReadLogTail(string logFile, long from)
    {
        try
        {
            using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(Math.Max(from, stream.Length - 8192), SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Trim();
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    private static bool IsBinDirectory(string dir)
    {
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return File.Exists(Path.Combine(dir, "initdb" + suffix))
            && File.Exists(Path.Combine(dir, "pg_ctl" + suffix))
            && File.Exists(Path.Combine(dir, "postgres" + suffix));
    }

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var name = OperatingSystem.IsWindows() ? program + ".exe" : program;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Where the cluster's files go, after the reachability check for the postgres OS user.</summary>
    private sealed record ClusterLayout(string DataDirectory, string PasswordFile, string LockFile, string SocketDirectory)
    {
        public string LogFile => Path.Combine(DataDirectory, "server.log");

        public static async Task<ClusterLayout> ResolveAsync(string requestedDataDirectory, PostgresProcessRunner runner, ILogger logger, CancellationToken ct)
        {
            var data = Path.TrimEndingDirectorySeparator(Path.GetFullPath(requestedDataDirectory));
            var parent = Path.GetDirectoryName(data);
            if (string.IsNullOrEmpty(parent))
            {
                throw new ArgumentException($"The PostgreSQL data folder cannot be a file-system root: {data}", nameof(requestedDataDirectory));
            }

            Directory.CreateDirectory(parent);
            if (runner.RunAsPostgresUser && !await PostgresCanTraverseAsync(runner, parent, ct).ConfigureAwait(false))
            {
                var fallbackParent = Path.Combine("/tmp", "clinicalportal-postgres-" + ShortHash(data));
                logger.LogWarning(
                    "The 'postgres' OS user cannot reach {Parent} (a folder on the way is not traversable), so the PostgreSQL data folder {Requested} cannot be used; using {Fallback} instead",
                    parent, data, Path.Combine(fallbackParent, Path.GetFileName(data)));
                parent = fallbackParent;
                Directory.CreateDirectory(parent);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
                }

                if (!await PostgresCanTraverseAsync(runner, parent, ct).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"Neither {data} nor the fallback {parent} is reachable by the 'postgres' OS user.");
                }

                data = Path.Combine(parent, Path.GetFileName(data));
            }

            var name = Path.GetFileName(data);
            var socketDirectory = Path.Combine(parent, name + ".sock");
            if (socketDirectory.Length > MaxUnixSocketDirectoryLength)
            {
                socketDirectory = Path.Combine(Path.GetTempPath(), "cppg-" + ShortHash(data));
            }

            return new ClusterLayout(data, Path.Combine(parent, name + ".password"), Path.Combine(parent, name + ".lock"), socketDirectory);
        }

        /// <summary>Creates the data and socket folders; as root, hands them to the postgres user.</summary>
        public async Task PrepareDirectoriesAsync(PostgresProcessRunner runner, CancellationToken ct)
        {
            var toChown = new List<string>();
            foreach (var dir in new[] { DataDirectory, SocketDirectory })
            {
                var isNewOrEmpty = !Directory.Exists(dir) || !Directory.EnumerateFileSystemEntries(dir).Any();
                if (!OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
                else
                {
                    Directory.CreateDirectory(dir);
                }

                if (isNewOrEmpty || dir == SocketDirectory)
                {
                    toChown.Add(dir);
                }
            }

            if (runner.RunAsPostgresUser)
            {
                await ChownToPostgresAsync(toChown, ct).ConfigureAwait(false);
                var check = await runner.RunAsPostgresAsync("test", ["-w", DataDirectory, "-a", "-x", DataDirectory], TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
                if (!check.Succeeded)
                {
                    throw new InvalidOperationException(
                        $"The PostgreSQL data folder {DataDirectory} is not writable by the 'postgres' OS user; it must be owned by postgres (chown -R postgres:postgres).");
                }
            }
        }

        public static async Task ChownToPostgresAsync(IReadOnlyList<string> paths, CancellationToken ct)
        {
            if (paths.Count == 0)
            {
                return;
            }

            var args = new List<string> { PostgresProcessRunner.PostgresOsUser + ":" };
            args.AddRange(paths);
            var result = await PostgresProcessRunner.RunAsync("chown", args, TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"chown to the postgres user failed for {string.Join(", ", paths)}: {result.CombinedOutput}");
            }
        }

        private static async Task<bool> PostgresCanTraverseAsync(PostgresProcessRunner runner, string dir, CancellationToken ct)
        {
            var result = await runner.RunAsPostgresAsync("test", ["-x", dir], TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
            return result.Succeeded;
        }

        private static string ShortHash(string value) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 5).ToLowerInvariant();
    }
}
