using System.Diagnostics;
using System.Globalization;
using ClinicalPortal.Infrastructure.Alerts;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// Escalation lateness (docs/performance.md, "Escalation lateness"): N API instances on one fresh database (the first
/// migrates), N clients with one open alert each seeded through the API, then every alert's pending escalation
/// deadline set due at one instant T a few seconds ahead in one UPDATE. The instances' escalation workers (as
/// configured, every instance polls) fire them; lateness is <c>fired_at - due_at</c> of each deadline, read from the
/// database. Each instance's share comes from its worker's log line per run. Then exactly-once is checked in the rows:
/// every deadline fired once, one supervisor notification, e-mail, timeline entry and audit row each, no failures.
/// </summary>
internal static class EscalationBench
{
    private const string WorkerCategory = "ClinicalPortal.Infrastructure.Alerts.EscalationWorker";

    public static async Task<int> RunAsync(
        BenchOptions options, string root, string connectionString, IReadOnlyList<(string Name, string Value)> facts, int? postmasterPid,
        CancellationToken ct)
    {
        var defaults = new EscalationOptions();
        var effective = new EscalationSettings(
            options.PollInterval ?? defaults.PollInterval, options.BatchSize ?? defaults.BatchSize, options.Parallelism ?? defaults.Parallelism,
            defaults.Lease, options.PollInterval is null && options.BatchSize is null && options.Parallelism is null);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The worker's run line is Information; everything else stays at the host's Warning.
            ["Logging__LogLevel__" + WorkerCategory] = "Information",
        };
        if (options.PollInterval is { } poll)
        {
            settings["Escalation__PollInterval"] = poll.ToString("c", CultureInfo.InvariantCulture);
        }

        if (options.BatchSize is { } batch)
        {
            settings["Escalation__BatchSize"] = batch.ToString(CultureInfo.InvariantCulture);
        }

        if (options.Parallelism is { } parallelism)
        {
            settings["Escalation__Parallelism"] = parallelism.ToString(CultureInfo.InvariantCulture);
        }

        var instances = new List<(ApiHost Host, WorkerLog Log)>();
        try
        {
            for (var i = 1; i <= options.Instances; i++)
            {
                var name = $"API {i}";
                var log = new WorkerLog(name);
                var mine = new Dictionary<string, string>(settings, StringComparer.Ordinal);
                if (i > 1)
                {
                    mine["Database__Migrate"] = "false"; // the first instance migrated; the others start on its schema
                }

                instances.Add((await ApiHost.StartAsync(root, connectionString, ct, name, mine, log.Read), log));
            }

            if (options.WarmupAlerts > 0)
            {
                await WarmUpAsync(options, instances, connectionString, ct);
            }

            Console.WriteLine($"Seeding one organisation (a supervisor, a clinician they supervise) and {options.Alerts} clients with one open alert each, through {instances[0].Host.BaseAddress} ...");
            var org = await EscalationSeeding.PeopleAsync(connectionString, ct);
            var seed = await EscalationSeeding.AlertsAsync(instances[0].Host.BaseAddress, org, options.Alerts, connectionString, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded: {options.Alerts} clients in {seed.ClientsTook.TotalSeconds:0.0} s, {options.Alerts} alerts in {seed.AlertsTook.TotalSeconds:0.0} s."));

            var measured = await MeasureAsync(options, connectionString, seed, instances, postmasterPid, ct);
            return EscalationReport.Print(options, effective, facts, seed, measured);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            foreach (var (host, _) in instances)
            {
                Console.Error.WriteLine($"Last output of {host.Name}:");
                Console.Error.WriteLine(host.RecentOutput);
            }

            throw;
        }
        finally
        {
            foreach (var (host, _) in instances)
            {
                await host.DisposeAsync();
                Console.WriteLine($"{host.Name} stopped.");
            }
        }
    }

    /// <summary>
    /// Fires the deadlines of organisations of their own, all due at once, until every instance has fired some (one
    /// instance may take a whole burst when it polls first): every instance's firing path is then compiled (tiered
    /// JIT) and its pools open, as in instances that have been up for a while. Nothing of it is measured; the measured
    /// organisation's rows and the logs after it are what the report reads.
    /// </summary>
    private static async Task WarmUpAsync(
        BenchOptions options, List<(ApiHost Host, WorkerLog Log)> instances, string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var clock = Stopwatch.StartNew();
        var bursts = 0;
        while (instances.Any(i => i.Log.Fired == 0))
        {
            if (++bursts > 5)
            {
                throw new InvalidOperationException("Warm-up: after 5 bursts some instance has still fired nothing: " +
                                                    string.Join(", ", instances.Select(i => $"{i.Host.Name} {i.Log.Fired}")));
            }

            var org = await EscalationSeeding.PeopleAsync(connectionString, ct);
            var seed = await EscalationSeeding.AlertsAsync(instances[0].Host.BaseAddress, org, options.WarmupAlerts, connectionString, ct);
            await using (var command = new NpgsqlCommand(
                "UPDATE alert_deadlines SET due_at = now() + interval '1 second' WHERE id = ANY(@ids) AND fired_at IS NULL", connection))
            {
                command.Parameters.AddWithValue("ids", seed.DeadlineIds);
                await command.ExecuteNonQueryAsync(ct);
            }

            var waited = Stopwatch.StartNew();
            while (true)
            {
                await Task.Delay(200, ct);
                await using var command = new NpgsqlCommand("SELECT count(fired_at) FROM alert_deadlines WHERE id = ANY(@ids)", connection);
                command.Parameters.AddWithValue("ids", seed.DeadlineIds);
                var fired = (long)(await command.ExecuteScalarAsync(ct))!;
                if (fired == seed.DeadlineIds.Length)
                {
                    break;
                }

                if (waited.Elapsed > options.FireTimeout)
                {
                    throw new InvalidOperationException($"Warm-up: {fired} of {seed.DeadlineIds.Length} deadlines fired within {options.FireTimeout}.");
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct); // the last run lines
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Warm-up: {bursts} burst(s) of {options.WarmupAlerts} deadlines of other organisations fired in {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", instances.Select(i => $"{i.Host.Name} fired {i.Log.Fired}"))})."));
    }

    private static async Task<EscalationMeasurement> MeasureAsync(
        BenchOptions options, string connectionString, EscalationSeed seed, List<(ApiHost Host, WorkerLog Log)> instances, int? postmasterPid,
        CancellationToken ct)
    {
        var ids = seed.DeadlineIds;
        var count = ids.Length;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await CheckpointAsync(connection, ct);
        foreach (var (_, log) in instances)
        {
            log.Clear(); // nothing was due while seeding; a run line from then would not belong to the measurement
        }

        var before = await DbStats.TakeAsync(connectionString, ct);

        // All at one instant, whole milliseconds, far enough ahead that the UPDATE has committed before it.
        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero) + options.Lead;
        int updated;
        await using (var command = new NpgsqlCommand(
            "UPDATE alert_deadlines SET due_at = @t WHERE id = ANY(@ids) AND fired_at IS NULL AND cancelled_at IS NULL", connection))
        {
            command.Parameters.AddWithValue("t", due);
            command.Parameters.AddWithValue("ids", ids);
            updated = await command.ExecuteNonQueryAsync(ct);
        }

        var committedAhead = due - DateTimeOffset.UtcNow;
        if (updated != count)
        {
            throw new InvalidOperationException($"The UPDATE moved {updated} deadlines, expected {count}.");
        }

        if (committedAhead <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("The UPDATE committed after the deadline it set: use a longer --lead.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} deadlines due at {due:HH:mm:ss.fff}Z (the UPDATE committed {committedAhead.TotalSeconds:0.000} s ahead); waiting for them to fire ..."));
        await Task.Delay(committedAhead, ct);

        var cpu = new CpuSampler(null, null, postmasterPid);
        var machineAtDue = cpu.Take();
        var instancesAtDue = instances.Select(i => ProcessSeconds(i.Host.Process)).ToArray();
        var clock = Stopwatch.StartNew();
        long fired = 0, cancelled = 0;
        var nextReport = TimeSpan.FromSeconds(1);
        while (true)
        {
            await using (var command = new NpgsqlCommand(
                "SELECT count(fired_at), count(cancelled_at) FROM alert_deadlines WHERE id = ANY(@ids)", connection))
            {
                command.Parameters.AddWithValue("ids", ids);
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                (fired, cancelled) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            if (fired + cancelled >= count || clock.Elapsed > options.FireTimeout)
            {
                break;
            }

            if (clock.Elapsed >= nextReport)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  T+{clock.Elapsed.TotalSeconds:0.0} s: {fired} fired"));
                nextReport += TimeSpan.FromSeconds(1);
            }

            await Task.Delay(100, ct);
        }

        var machineAtEnd = cpu.Take();
        var instancesAtEnd = instances.Select(i => ProcessSeconds(i.Host.Process)).ToArray();
        var wall = clock.Elapsed.TotalSeconds;
        var timedOut = fired + cancelled < count;
        Console.WriteLine(timedOut
            ? $"Timed out after {options.FireTimeout}: {fired} of {count} fired."
            : string.Create(CultureInfo.InvariantCulture, $"All {count} settled after T+{wall:0.0} s (seen by polling every 100 ms)."));

        // The run lines follow each batch's last commit; wait for them to account for every firing.
        var logClock = Stopwatch.StartNew();
        while (instances.Sum(i => i.Log.Fired) < fired && logClock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), ct); // a later run (a retry, a second claim) would show here
        var after = await DbStats.TakeAsync(connectionString, ct);

        var lateness = new List<double>(count);
        await using (var command = new NpgsqlCommand(
            "SELECT EXTRACT(EPOCH FROM fired_at - due_at)::float8 * 1000 FROM alert_deadlines WHERE id = ANY(@ids) AND fired_at IS NOT NULL ORDER BY 1",
            connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                lateness.Add(reader.GetDouble(0));
            }
        }

        var checks = await ExactlyOnceAsync(connection, seed, instances.Select(i => i.Log).ToList(), fired, cancelled, ct);
        var cpuUse = cpu.Between(machineAtDue, machineAtEnd);
        var perInstance = instances
            .Select((i, n) => new InstanceResult(i.Log, (instancesAtEnd[n] - instancesAtDue[n]) / wall))
            .ToList();
        return new EscalationMeasurement(
            due, committedAhead, [.. lateness], timedOut, perInstance, cpuUse, checks,
            DbStats.Describe(before, after, "public.notifications.inserted", "notification (one per fired deadline)"));
    }

    /// <summary>Every deadline fired once and reached the supervisor once, with its e-mail, timeline entry and audit row; no failure anywhere.</summary>
    private static async Task<IReadOnlyList<Check>> ExactlyOnceAsync(
        NpgsqlConnection connection, EscalationSeed seed, IReadOnlyList<WorkerLog> logs, long fired, long cancelled, CancellationToken ct)
    {
        var org = seed.Organization;
        var n = seed.DeadlineIds.Length;
        async Task<long> Count(string sql) => await EscalationSeeding.ScalarAsync(connection, sql, org, ct);
        return
        [
            new("deadlines fired", fired, n),
            new("deadlines cancelled", cancelled, 0),
            new("supervisor notifications, round 1",
                await Count("SELECT count(*) FROM notifications WHERE organization_id = @o AND recipient_user_id = @s AND round = 1 AND target = 'Supervisor'"), n),
            new("alerts with a supervisor notification",
                await Count("SELECT count(DISTINCT alert_id) FROM notifications WHERE organization_id = @o AND recipient_user_id = @s"), n),
            new("notifications to anyone, any round > 0",
                await Count("SELECT count(*) FROM notifications WHERE organization_id = @o AND round > 0"), n),
            new("supervisor e-mails in the outbox, round 1",
                await Count("SELECT count(*) FROM outbox_messages WHERE organization_id = @o AND type = 'alert.email' AND dedup_key LIKE 'alert:%:1:' || @s::text"), n),
            new("'Escalated' timeline entries",
                await Count("SELECT count(*) FROM alert_events e JOIN alerts a ON a.id = e.alert_id WHERE a.organization_id = @o AND e.kind = 'Escalated'"), n),
            new("alerts escalated (level 1, round 1)",
                await Count("SELECT count(*) FROM alerts WHERE organization_id = @o AND status = 'Open' AND level = 1 AND last_round = 1 AND rounds_allocated = 2"), n),
            new("next deadlines pending (round 2, level 2)",
                await Count("SELECT count(*) FROM alert_deadlines WHERE organization_id = @o AND round = 2 AND level = 2 AND kind = 'Escalation' AND fired_at IS NULL AND cancelled_at IS NULL"), n),
            new("audit rows alert.deadline_fire, fired",
                await Count("SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire' AND outcome = 'Success' AND details->>'outcome' = 'fired'"), n),
            new("audit rows alert.deadline_fire, not a success",
                await Count("SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire' AND outcome <> 'Success'"), 0),
            new("audit rows alert.deadline_fire, already done (claimed twice)",
                await Count("SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire' AND details->>'outcome' = 'already_done'"), 0),
            new("fired, by the workers' log lines", logs.Sum(l => l.Fired), n),
            new("claimed, by the workers' log lines", logs.Sum(l => l.Claimed), n),
            new("failed, by the workers' log lines", logs.Sum(l => l.Failed), 0),
            new("refused / fire-failed / run-failed log lines", logs.Sum(l => l.Refused + l.FireFailed + l.RunFailed), 0),
        ];
    }

    private static double ProcessSeconds(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static async Task CheckpointAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // The firing starts right after a checkpoint, so it does not pay for the seeding's dirty pages.
        try
        {
            await using var command = new NpgsqlCommand("CHECKPOINT", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            Console.WriteLine("  (no privilege for CHECKPOINT; the firing starts without one)");
        }
    }
}

/// <summary>The escalation options the instances ran with.</summary>
internal sealed record EscalationSettings(TimeSpan PollInterval, int BatchSize, int Parallelism, TimeSpan Lease, bool AllDefaults);

/// <summary>One exactly-once check: a count found in the rows or the logs and the count it must be.</summary>
internal sealed record Check(string What, long Found, long Expected)
{
    public bool Ok => Found == Expected;
}

/// <summary>One instance: its worker's runs and its CPU (cores) from the deadline to the last fire.</summary>
internal sealed record InstanceResult(WorkerLog Log, double Cores);

internal sealed record EscalationMeasurement(
    DateTimeOffset DueAt, TimeSpan CommittedAhead, double[] LatenessMs, bool TimedOut, IReadOnlyList<InstanceResult> Instances,
    CpuUsage Cpu, IReadOnlyList<Check> Checks, string DbReport);
