using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// After the phases: compares the rows the floor wrote with the rows the API wrote in the same run (told apart by
/// time: the submit phase, then the floor phase), in assessments, audit_events (successful assessment.submit) and
/// outbox_messages (risk.identified). Per table every column must be set (non-null) on both sides or on neither;
/// the scored values must be equal for equal answers; each audit event must name its assessment, client,
/// organisation and actor; the outbox payloads must have the same keys. Waits for the API's sealer first, so the
/// seal columns of audit_events are compared too.
/// </summary>
internal static class RowCheck
{
    private const string Side = """
        CASE WHEN {0} >= @floorFrom AND {0} <= @floorTo THEN 'floor' WHEN {0} >= @apiFrom AND {0} < @floorFrom THEN 'API' END
        """;

    public static async Task<RowCheckResult> CompareAsync(
        string connectionString, DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var lines = new List<string>();
        var same = true;

        var waited = await WaitForSealerAsync(connection, ct);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  (waited {waited.TotalSeconds:0.0} s for the API's sealer to seal every audit event)"));

        var tables = new (string Table, string Time, string Filter)[]
        {
            ("assessments", "submitted_at", "true"),
            ("audit_events", "occurred_at", "action = 'assessment.submit' AND outcome = 'Success'"),
            ("outbox_messages", "created_at", "type = 'risk.identified'"),
        };
        foreach (var (table, time, filter) in tables)
        {
            var (ok, line) = await CompareColumnsAsync(connection, table, time, filter, apiFrom, floorFrom, floorTo, ct);
            same &= ok;
            lines.Add(line);
        }

        // Equal answers must give equal stored scores, versions and request hashes.
        var (compared, differing) = await TwoCountsAsync(connection, $"""
            WITH api AS (
                SELECT DISTINCT ON (answers) answers, instrument_code, instrument_version, total, severity, caseness, subscales,
                    subscale_bands, risk_flags, request_hash
                FROM assessments WHERE {string.Format(CultureInfo.InvariantCulture, Side, "submitted_at")} = 'API' ORDER BY answers)
            SELECT count(*), count(*) FILTER (WHERE
                (f.instrument_code, f.instrument_version, f.total, f.severity, f.caseness, f.subscales, f.subscale_bands, f.risk_flags, f.request_hash)
                IS DISTINCT FROM
                (a.instrument_code, a.instrument_version, a.total, a.severity, a.caseness, a.subscales, a.subscale_bands, a.risk_flags, a.request_hash))
            FROM assessments f JOIN api a USING (answers)
            WHERE {string.Format(CultureInfo.InvariantCulture, Side, "f.submitted_at")} = 'floor'
            """, apiFrom, floorFrom, floorTo, ct);
        same &= differing == 0 && compared > 0;
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"  scored values (code, version, total, severity, caseness, 3 jsonb, request_hash) of floor rows vs API rows with the same answers: {compared} compared, {differing} differ"));

        // Each audit event points at its own assessment, and names the same client, organisation and actor.
        foreach (var side in new[] { "API", "floor" })
        {
            var (events, broken) = await TwoCountsAsync(connection, $"""
                SELECT count(*), count(*) FILTER (WHERE a.id IS NULL OR a.client_id <> e.subject_client_id
                    OR a.organization_id <> e.organization_id OR a.submitted_by <> e.actor_user_id)
                FROM audit_events e LEFT JOIN assessments a ON a.id::text = e.resource_id
                WHERE e.action = 'assessment.submit' AND e.outcome = 'Success'
                  AND {string.Format(CultureInfo.InvariantCulture, Side, "e.occurred_at")} = '{side}'
                """, apiFrom, floorFrom, floorTo, ct);
            same &= broken == 0;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"  {side} audit events whose assessment, client, organisation or actor does not match: {broken} of {events}"));
        }

        same &= await CompareDistinctAsync(connection, "audit events (action, outcome, status, resource type, client app, ip, purpose, details)", $"""
            SELECT {string.Format(CultureInfo.InvariantCulture, Side, "occurred_at")} AS side,
                concat_ws(' | ', action, outcome, status_code, resource_type, actor_client_app, ip_address,
                    coalesce(purpose, '(no purpose)'), coalesce(details::text, '(no details)'))
            FROM audit_events WHERE action = 'assessment.submit' AND outcome = 'Success'
            """, apiFrom, floorFrom, floorTo, lines, ct);
        same &= await CompareDistinctAsync(connection, "outbox payload keys", $"""
            SELECT {string.Format(CultureInfo.InvariantCulture, Side, "created_at")} AS side,
                (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(payload) k)
            FROM outbox_messages WHERE type = 'risk.identified'
            """, apiFrom, floorFrom, floorTo, lines, ct);
        await SampleRequestIdsAsync(connection, apiFrom, floorFrom, floorTo, lines, ct);
        return new RowCheckResult(same, lines);
    }

    /// <summary>The API's AuditSealer seals every 2 s; give it up to a minute to catch up with the floor's rows.</summary>
    private static async Task<TimeSpan> WaitForSealerAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_events WHERE hash IS NULL", connection);
            if ((long)(await command.ExecuteScalarAsync(ct))! == 0)
            {
                break;
            }

            await Task.Delay(500, ct);
        }

        return clock.Elapsed;
    }

    private static async Task<(bool Same, string Line)> CompareColumnsAsync(
        NpgsqlConnection connection, string table, string time, string filter,
        DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo, CancellationToken ct)
    {
        var columns = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position", connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = table });
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var counts = string.Join(", ", columns.Select(c => $"count({c})"));
        await using var command = new NpgsqlCommand($"""
            SELECT side, count(*), {counts}
            FROM (SELECT {string.Format(CultureInfo.InvariantCulture, Side, time)} AS side, * FROM {table} WHERE {filter}) x
            WHERE side IS NOT NULL GROUP BY side
            """, connection);
        AddWindow(command, apiFrom, floorFrom, floorTo);
        var bySide = new Dictionary<string, (long Rows, long[] Set)>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                bySide[reader.GetString(0)] = (reader.GetInt64(1), columns.Select((_, i) => reader.GetInt64(i + 2)).ToArray());
            }
        }

        var api = bySide.GetValueOrDefault("API");
        var floor = bySide.GetValueOrDefault("floor");
        var head = string.Create(CultureInfo.InvariantCulture, $"  {table}: API {api.Rows} rows, floor {floor.Rows} rows");
        if (api.Rows == 0 && floor.Rows == 0)
        {
            return (true, head + ": none on either side (nothing to compare)");
        }

        if (api.Rows == 0 || floor.Rows == 0)
        {
            return (false, head + ": MISMATCH, rows on one side only");
        }

        static string Kind(long set, long rows) => set == rows ? "always" : set == 0 ? "never" : "sometimes";
        var differences = new List<string>();
        var always = new List<string>();
        var never = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var a = Kind(api.Set[i], api.Rows);
            var f = Kind(floor.Set[i], floor.Rows);
            if (a != f || a == "sometimes")
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{columns[i]} (API {api.Set[i]}/{api.Rows} set, floor {floor.Set[i]}/{floor.Rows})"));
            }
            else
            {
                (a == "always" ? always : never).Add(columns[i]);
            }
        }

        var text = differences.Count == 0
            ? $"{head}: same columns set; always set on both: {always.Count} of {columns.Count}; never set on either: {(never.Count == 0 ? "none" : string.Join(", ", never))}"
            : $"{head}: MISMATCH in {string.Join("; ", differences)}";
        return (differences.Count == 0, text);
    }

    private static async Task<(long First, long Second)> TwoCountsAsync(
        NpgsqlConnection connection, string sql, DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        AddWindow(command, apiFrom, floorFrom, floorTo);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The distinct values of one expression on each side; they must be the same sets.</summary>
    private static async Task<bool> CompareDistinctAsync(
        NpgsqlConnection connection, string what, string sql, DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo,
        List<string> lines, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT DISTINCT * FROM ({sql}) x (side, v) WHERE side IS NOT NULL ORDER BY 1, 2", connection);
        AddWindow(command, apiFrom, floorFrom, floorTo);
        var values = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal) { ["API"] = [], ["floor"] = [] };
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                values[reader.GetString(0)].Add(reader.IsDBNull(1) ? "(null)" : reader.GetString(1));
            }
        }

        var same = values["API"].SetEquals(values["floor"]);
        lines.Add($"  {what}: {(same ? "same" : "MISMATCH")}");
        foreach (var (side, set) in values)
        {
            lines.Add($"    {side}: {(set.Count == 0 ? "(none)" : string.Join("; ", set))}");
        }

        return same;
    }

    private static async Task SampleRequestIdsAsync(
        NpgsqlConnection connection, DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo, List<string> lines, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT DISTINCT ON (side) side, request_id FROM (
                SELECT {string.Format(CultureInfo.InvariantCulture, Side, "occurred_at")} AS side, request_id, id
                FROM audit_events WHERE action = 'assessment.submit' AND outcome = 'Success') x
            WHERE side IS NOT NULL ORDER BY side, id DESC
            """, connection);
        AddWindow(command, apiFrom, floorFrom, floorTo);
        var samples = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            samples.Add($"{reader.GetString(0)} '{(reader.IsDBNull(1) ? "(null)" : reader.GetString(1))}'");
        }

        lines.Add($"  request_id, last of each side: {string.Join(", ", samples)}");
    }

    private static void AddWindow(NpgsqlCommand command, DateTimeOffset apiFrom, DateTimeOffset floorFrom, DateTimeOffset floorTo)
    {
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("apiFrom", apiFrom.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("floorFrom", floorFrom.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("floorTo", floorTo.ToUniversalTime()));
    }
}
