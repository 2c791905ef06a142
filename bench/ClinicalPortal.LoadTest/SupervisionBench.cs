using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicalPortal.Infrastructure.Supervision;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// GET /api/v1/supervision/caseload-risk for a supervisor of 20 clinicians in an organisation of
/// <see cref="BenchOptions.SupervisionClients"/> clients (<see cref="SupervisionData"/>), against the same computation as
/// one hand-tuned SQL statement run directly (<see cref="SupervisionHandSql"/>) in the same run, after checking that
/// both give the same figures. Prints both timings, the ratio, and the plans of the endpoint's results query and of
/// the hand-written statement. Targets: p95 under 100 ms, and within 2x the hand SQL.
/// </summary>
internal static class SupervisionBench
{
    public const double TargetP95Ms = 100;
    public const double TargetRatio = 2;

    public static async Task<int> RunAsync(
        BenchOptions options, string root, string connectionString, IReadOnlyList<(string Name, string Value)> facts, int? postgresPid,
        CancellationToken ct)
    {
        await using var api = await ApiHost.StartAsync(root, connectionString, ct);
        Console.WriteLine($"Seeding {options.SupervisionClients:N0} clients of {options.SupervisionClinicians} clinicians ...");
        var data = await SupervisionData.AddAsync(connectionString, options.SupervisionClients, options.SupervisionClinicians, ct);
        Console.WriteLine($"Seeded in {data.Took.TotalSeconds:0} s; VACUUM ANALYZE ...");
        await ExecuteAsync(connectionString, "VACUUM ANALYZE", ct);

        using var http = PortalHttp.NewClient(api.BaseAddress);
        var token = new AuthenticationHeaderValue("Bearer", await PortalHttp.TokenAsync(http, data.SupervisorEmail, ct));
        var limit = 50;
        HttpRequestMessage Request() => new(HttpMethod.Get, new Uri($"api/v1/supervision/caseload-risk?limit={limit}", UriKind.Relative))
        {
            Headers = { Authorization = token },
        };

        // Tuned as one would tune it: JIT off. The statement's row estimates (its CTEs multiply them) otherwise make
        // PostgreSQL spend about a second compiling it for a 60 ms run.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c jit=off" }.ConnectionString);
        async Task<string> HandAsync(CancellationToken token)
        {
            await using var connection = await dataSource.OpenConnectionAsync(token);
            await using var command = SupervisionHandSql.Command(connection, data.OrganizationId, data.SupervisorId, DateTimeOffset.UtcNow, limit);
            return (string)(await command.ExecuteScalarAsync(token))!;
        }

        // The cross-check: the endpoint and the hand SQL give the same figures and the same first page.
        string endpointJson;
        using (var response = await http.SendAsync(Request(), ct))
        {
            endpointJson = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"caseload-risk answered {(int)response.StatusCode}: {endpointJson}");
            }
        }

        var check = Compare(endpointJson, await HandAsync(ct));
        Console.WriteLine($"Cross-check: {check}");

        async ValueTask<string?> EndpointAsync(int worker, long iteration, CancellationToken token)
        {
            using var request = Request();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            return response.StatusCode == HttpStatusCode.OK ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }

        async ValueTask<string?> HandSqlAsync(int worker, long iteration, CancellationToken token)
        {
            _ = await HandAsync(token);
            return null;
        }

        var cpu = new CpuSampler(api.Process, null, postgresPid);
        var warmup = TimeSpan.FromSeconds(options.Warmup);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        Console.WriteLine("Phases:");
        var endpoint = await PhaseRunner.RunAsync("GET /api/v1/supervision/caseload-risk", 1, warmup, duration, EndpointAsync, cpu, ct);
        var hand = await PhaseRunner.RunAsync("hand-tuned SQL, one statement (Npgsql)", 1, warmup, duration, HandSqlAsync, cpu, ct);

        var plans = new List<string>();
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            plans.Add("Plan of the endpoint's results query (CaseloadFacts.MeasuresAsync), for the same clients:");
            plans.Add(await ExplainAsync(connection, MeasuresExplain, data, ct));
            await using var command = SupervisionHandSql.Command(connection, data.OrganizationId, data.SupervisorId, DateTimeOffset.UtcNow, limit);
            command.CommandText = "EXPLAIN (ANALYZE, BUFFERS, SUMMARY) " + command.CommandText;
            plans.Add("Plan of the hand-tuned statement:");
            plans.Add(await ReadPlanAsync(command, ct));
        }

        var w = Console.Out;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal supervision benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine($"{"data:",-32} {data.Clients:N0} clients, {data.Clinicians} clinicians under {data.Clinicians / SupervisionData.ClinciansPerSupervisor} supervisors, " +
                    $"{data.Results:N0} results, {data.Tasks:N0} homework tasks, {data.Alerts} open alerts; seeded in {data.Took.TotalSeconds:0} s");
        using (var doc = JsonDocument.Parse(endpointJson))
        {
            var clinicians = doc.RootElement.GetProperty("clinicians");
            w.WriteLine($"{"the supervisor's view:",-32} {clinicians.GetArrayLength()} clinicians, " +
                        $"{clinicians.EnumerateArray().Sum(c => c.GetProperty("activeClients").GetInt32())} active clients, " +
                        $"{doc.RootElement.GetProperty("flaggedTotal").GetInt32()} flagged; page of {limit}; response {endpointJson.Length:N0} bytes");
        }

        w.WriteLine($"{"cross-check:",-32} {check}");
        w.WriteLine();
        w.WriteLine($"{"phase",-44} {"ops",6} {"ok/s",7} {"mean ms",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var phase in new[] { endpoint, hand })
        {
            w.WriteLine($"{phase.Name,-44} {phase.Count,6} {phase.Rate,7:0.0} {phase.MeanMs,8:0.00} {phase.PercentileMs(50),8:0.00} " +
                        $"{phase.PercentileMs(95),8:0.00} {phase.PercentileMs(99),8:0.00} {phase.MaxMs,8:0.00} {phase.Errors,7}");
            w.WriteLine($"  CPU: {phase.Cpu.Describe()}");
        }

        var p95 = endpoint.PercentileMs(95);
        var ratio = p95 / hand.PercentileMs(95);
        var met = p95 < TargetP95Ms && ratio <= TargetRatio && endpoint.Errors == 0 && check.StartsWith("same", StringComparison.Ordinal);
        w.WriteLine();
        w.WriteLine($"endpoint p95 {p95:0.0} ms (target under {TargetP95Ms:0} ms: {(p95 < TargetP95Ms ? "met" : "missed")}); " +
                    $"endpoint p95 / hand SQL p95 = {ratio:0.00}x (target within {TargetRatio:0}x: {(ratio <= TargetRatio ? "met" : "missed")})");
        w.WriteLine();
        foreach (var plan in plans)
        {
            w.WriteLine(plan);
        }

        return met ? 0 : 3;
    }

    /// <summary>The endpoint's results statement (<see cref="CaseloadFacts.MeasuresSql"/>) under EXPLAIN ANALYZE.</summary>
    private const string MeasuresExplain = "EXPLAIN (ANALYZE, BUFFERS, SUMMARY) " + CaseloadFacts.MeasuresSql;

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string sql, SupervisionData.Seeded data, CancellationToken ct)
    {
        Guid[] ids;
        await using (var select = new NpgsqlCommand(
            """
            SELECT c.id FROM clients c JOIN staff_members s ON s.id = c.clinician_id
            WHERE c.organization_id = @org AND c.status = 'Active' AND (s.supervisor_id = @supervisor OR c.clinician_id = @supervisor)
            """, connection))
        {
            select.Parameters.AddWithValue("org", data.OrganizationId);
            select.Parameters.AddWithValue("supervisor", data.SupervisorId);
            var list = new List<Guid>();
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                list.Add(reader.GetGuid(0));
            }

            ids = [.. list];
        }

        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        command.Parameters.AddWithValue("start", DateTimeOffset.UtcNow.AddDays(-60));
        return await ReadPlanAsync(command, ct);
    }

    private static async Task<string> ReadPlanAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add("    " + reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>"same ..." when the figures per clinician, the flagged total and the first page (ids, flag counts) agree; else what differs.</summary>
    private static string Compare(string endpointJson, string handJson)
    {
        var endpoint = JsonNode.Parse(endpointJson)!;
        var hand = JsonNode.Parse(handJson)!;
        string[] figures = ["activeClients", "deteriorating", "notImproving", "burnoutRising", "homeworkOverdue", "openAlerts", "lateAlerts", "flaggedClients"];
        static string Key(JsonNode row, string[] names) => string.Join(",", names.Select(n => row[n]!.ToJsonString()));
        var a = endpoint["clinicians"]!.AsArray().Where(c => c!["activeClients"]!.GetValue<int>() > 0)
            .ToDictionary(c => c!["clinicianId"]!.GetValue<Guid>(), c => Key(c!, figures));
        var b = (hand["clinicians"] as JsonArray ?? []).ToDictionary(c => c!["clinicianId"]!.GetValue<Guid>(), c => Key(c!, figures));
        var differing = a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)).ToList();
        if (differing.Count > 0)
        {
            return $"DIFFERENT figures for {differing.Count} clinicians, e.g. {differing[0]}: endpoint {a.GetValueOrDefault(differing[0])}, SQL {b.GetValueOrDefault(differing[0])}";
        }

        var pageA = endpoint["clients"]!.AsArray().Select(c => $"{c!["clientId"]}:{c["flagCount"]}").ToList();
        var pageB = (hand["clients"] as JsonArray ?? []).Select(c => $"{c!["clientId"]}:{c["flagCount"]}").ToList();
        if (!pageA.SequenceEqual(pageB) || endpoint["flaggedTotal"]!.GetValue<int>() != hand["flaggedTotal"]!.GetValue<int>())
        {
            return $"DIFFERENT page or total: endpoint {endpoint["flaggedTotal"]} flagged, SQL {hand["flaggedTotal"]}; first page equal: {pageA.SequenceEqual(pageB)}";
        }

        return $"same figures for {a.Count} clinicians, same {endpoint["flaggedTotal"]} flagged clients, same first page of {pageA.Count}";
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        var started = Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync(ct);
        Console.WriteLine($"  {sql}: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }
}
