using System.Globalization;
using ClinicalPortal.DevTools.LocalPostgres;
using ClinicalPortal.LoadTest;
using Microsoft.Extensions.Logging;
using Npgsql;

// Load benchmark of POST /api/v1/clients/{id}/assessments against its floor (bench/ClinicalPortal.Floor: the same
// JWT, the same rows, one round trip) and the raw INSERT rate of the same PostgreSQL, measured in the same run.
// With --escalation-lateness: escalation lateness of 1,000 alert deadlines due at once, fired by two API instances
// (EscalationBench). With --progress-report: progress reports end to end for clients with a year of data (ReportBench).
// With --supervision: caseload risk against hand-tuned SQL on generated data (SupervisionBench). With --pages: the web
// pages' server time for a caseload of 200 (PagesBench). With --report-samples: the sample progress reports of
// docs/samples from the demo data, through the real API (ReportSamples). See docs/performance.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions? options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

if (options.ReportRender)
{
    return ReportRenderBench.Run(Console.Out);
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // let the finally blocks stop the API, the floor and the cluster
    cancel.Cancel();
};
var ct = cancel.Token;

using var loggerFactory = LoggerFactory.Create(b => b
    .AddSimpleConsole(o => o.SingleLine = true)
    .SetMinimumLevel(LogLevel.Information));
var logger = loggerFactory.CreateLogger("bench");

var root = RepositoryRoot();
string? tempFolder = null;
PrivatePostgresCluster? cluster = null;
ApiHost? api = null;
FloorHost? floorHost = null;
try
{
    if (!options.NoBuild && options.ReportSamples is not null)
    {
        await ApiHost.BuildAsync(root, ct, ReportSamples.ApiConfiguration);
    }
    else if (!options.NoBuild)
    {
        await ApiHost.BuildAsync(root, ct);
        if (!options.NoFloor && !options.EscalationLateness && !options.ProgressReport && !options.Supervision && !options.Pages)
        {
            await FloorHost.BuildAsync(root, ct);
        }
    }

    string connectionString;
    if (Environment.GetEnvironmentVariable("PORTAL_BENCH_DB") is { Length: > 0 } external)
    {
        connectionString = external;
        Console.WriteLine("Using the database in PORTAL_BENCH_DB.");
    }
    else
    {
        tempFolder = Path.Combine(Path.GetTempPath(), "clinicalportal-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(tempFolder);
        // Durable: fsync, synchronous_commit and full_page_writes stay at their (production) defaults.
        cluster = await PrivatePostgresCluster.StartAsync(
            new PrivatePostgresOptions { DataDirectory = Path.Combine(tempFolder, "pg"), Port = 0, Database = "clinicalportal_bench", Durable = true },
            logger, ct);
        connectionString = cluster.ConnectionString;
    }

    if (options.ReportSamples is { } samples)
    {
        return await ReportSamples.RunAsync(samples, root, connectionString, ct);
    }

    var facts = await MachineFacts.CollectAsync(connectionString, cluster?.DataDirectory, ct);
    var idle = await IdleCheckAsync(ct);
    facts = [.. facts, ("CPU busy before start", idle)];
    if (facts.Any(f => f is ("PostgreSQL fsync", "off") or ("PostgreSQL synchronous_commit", "off")))
    {
        throw new InvalidOperationException("The server runs with fsync or synchronous_commit off; the benchmark needs production durability.");
    }

    if (options.EscalationLateness)
    {
        return await EscalationBench.RunAsync(options, root, connectionString, facts, PostmasterPid(cluster), ct);
    }

    if (options.Supervision)
    {
        return await SupervisionBench.RunAsync(options, root, connectionString, facts, PostmasterPid(cluster), ct);
    }

    if (options.Pages)
    {
        return await PagesBench.RunAsync(options, root, connectionString, facts, PostmasterPid(cluster), ct);
    }

    if (options.ProgressReport)
    {
        return await ReportBench.RunAsync(options, root, connectionString, facts, PostmasterPid(cluster), ct);
    }

    api = await ApiHost.StartAsync(root, connectionString, ct);
    if (!options.NoFloor)
    {
        // After the API: the floor reads the API's signing keys once, at start.
        floorHost = await FloorHost.StartAsync(root, api.BaseAddress, connectionString, ct);
    }

    Console.WriteLine($"Seeding one organisation, one clinician and {options.Concurrency} clients ...");
    var org = await Seeding.SeedAsync(connectionString, options.Concurrency, ct);
    using var http = await PortalHttp.SignInAsync(api.BaseAddress, org.Clients, options.RiskEvery, ct);
    Console.WriteLine($"{options.Concurrency} access tokens from /connect/token (password grant, portal-cli, scope api).");
    var tokenHeader = http.AccessTokenHeader();
    using var floorHttp = floorHost is null ? null : http.Against(floorHost.BaseAddress);
    if (floorHttp is not null)
    {
        Console.WriteLine("Checking that the floor answers as the API does (no token, forged signature, another client's record, clinician, client) ...");
        facts = [.. facts, .. await FloorChecks.RunAsync(http, floorHttp, org, ct)];
    }

    var cpu = new CpuSampler(api.Process, floorHost?.Process, PostmasterPid(cluster));
    var warmup = TimeSpan.FromSeconds(options.Warmup);
    var duration = TimeSpan.FromSeconds(options.Seconds);
    var dbReports = new List<string>();

    async Task<PhaseResult> PhaseAsync(string name, Operation operation, string perCounter, string unit)
    {
        await CheckpointAsync(connectionString, ct);
        var before = await DbStats.TakeAsync(connectionString, ct);
        var result = await PhaseRunner.RunAsync(name, options.Concurrency, warmup, duration, operation, cpu, ct);
        var after = await DbStats.TakeAsync(connectionString, ct);
        dbReports.Add($"  {name}:{Environment.NewLine}{DbStats.Describe(before, after, perCounter, unit)}");
        return result;
    }

    Console.WriteLine("Phases:");
    // The row check tells the API's rows from the floor's by these times (the checks above fall before both).
    var apiFrom = DateTimeOffset.UtcNow;
    var submit = await PhaseAsync("POST /api/v1/clients/{id}/assessments", http.SubmitAsync, "public.assessments.inserted", "stored assessment");
    PhaseResult? floor = null;
    var floorFrom = DateTimeOffset.UtcNow;
    if (floorHttp is not null)
    {
        // Same workers, tokens, clients and bodies as the submit phase; only the server differs.
        floor = await PhaseAsync("floor: same JWT, same rows, one round trip", floorHttp.SubmitAsync, "public.assessments.inserted", "stored assessment");
    }

    var floorTo = DateTimeOffset.UtcNow;
    var extra = new List<PhaseResult>();
    if (options.Breakdown)
    {
        extra.Add(await PhaseAsync("GET /api/v1/me", http.MeAsync, "public.audit_events.inserted", "audit event"));
        extra.Add(await PhaseAsync("GET /api/v1/instruments", http.InstrumentsAsync, "db.xact_commit", "commit"));
        extra.Add(await PhaseAsync("GET /health/live (anonymous)", http.LiveAsync, "db.xact_commit", "commit"));
    }

    PhaseResult raw;
    await using (var inserts = await RawInserts.PrepareAsync(connectionString, options.Concurrency, org.OrganizationId, ct))
    {
        raw = await PhaseAsync("raw INSERT (autocommit, 1 row)", inserts.InsertAsync, "bench.bench_raw_inserts.inserted", "raw row");
    }

    RowCheckResult? rows = null;
    if (floor is not null)
    {
        Console.WriteLine("Comparing the floor's rows with the API's ...");
        rows = await RowCheck.CompareAsync(connectionString, apiFrom, floorFrom, floorTo, ct);
    }

    facts = [.. facts, ("access token header", tokenHeader)];
    return Report.Print(options, facts, submit, floor, extra, raw, dbReports, rows);
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"The benchmark failed: {ex}");
    if (api is not null)
    {
        Console.Error.WriteLine("Last output of the API:");
        Console.Error.WriteLine(api.RecentOutput);
    }

    if (floorHost is not null)
    {
        Console.Error.WriteLine("Last output of the floor:");
        Console.Error.WriteLine(floorHost.RecentOutput);
    }

    return 1;
}
finally
{
    if (floorHost is not null)
    {
        await floorHost.DisposeAsync();
        Console.WriteLine("Floor stopped.");
    }

    if (api is not null)
    {
        await api.DisposeAsync();
        Console.WriteLine("API stopped.");
    }

    NpgsqlConnection.ClearAllPools();
    if (cluster is not null)
    {
        await cluster.DisposeAsync();
    }

    if (tempFolder is not null)
    {
        try
        {
            Directory.Delete(tempFolder, recursive: true);
            Console.WriteLine($"Deleted {tempFolder}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {tempFolder}: {ex.GetType().Name}");
        }
    }
}

static string RepositoryRoot() =>
    ClinicalPortal.DevTools.Hosting.LocalMachine.FindRepositoryRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("ClinicalPortal.sln not found above the current folder or the tool's folder.");

static async Task<string> IdleCheckAsync(CancellationToken ct)
{
    // Other work on the machine (a test run, a build) takes cores from all three parties: say so in the output.
    var sampler = new CpuSampler(null, null, null);
    var before = sampler.Take();
    await Task.Delay(TimeSpan.FromSeconds(2), ct);
    var busy = sampler.Between(before, sampler.Take()).MachineBusy;
    var text = string.Create(CultureInfo.InvariantCulture, $"{busy:0.00} cores (2 s sample with nothing of the benchmark running)");
    if (busy > 0.25)
    {
        text += " WARNING: the machine is not idle, figures will be low";
        Console.WriteLine("WARNING: other processes use " + text);
    }

    return text;
}

static int? PostmasterPid(PrivatePostgresCluster? cluster)
{
    if (cluster is null)
    {
        return null;
    }

    try
    {
        var first = File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).FirstOrDefault();
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        return null;
    }
}

static async Task CheckpointAsync(string connectionString, CancellationToken ct)
{
    // Each phase starts right after a checkpoint, so neither pays for the other's dirty pages.
    try
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("CHECKPOINT", connection);
        await command.ExecuteNonQueryAsync(ct);
    }
    catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
    {
        Console.WriteLine("  (no privilege for CHECKPOINT; phases start without one)");
    }
}
