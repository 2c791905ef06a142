using System.Globalization;
using System.Text;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// PostgreSQL's cumulative statistics before and after a phase: transactions, WAL records/bytes/flushes and,
/// per table, scans, inserted and updated rows. Backends report these at most once a second, so deltas are
/// divided by a count from the same statistics (rows inserted into the table the phase writes), which keeps
/// the ratios exact even though the absolute numbers lag the phase by up to a second.
/// </summary>
internal static class DbStats
{
    private const string Query = """
        SELECT 'db.xact_commit', xact_commit FROM pg_stat_database WHERE datname = current_database()
        UNION ALL SELECT 'db.xact_rollback', xact_rollback FROM pg_stat_database WHERE datname = current_database()
        UNION ALL SELECT 'wal.records', wal_records FROM pg_stat_wal
        UNION ALL SELECT 'wal.bytes', wal_bytes::bigint FROM pg_stat_wal
        UNION ALL SELECT 'wal.writes', wal_write FROM pg_stat_wal
        UNION ALL SELECT 'wal.syncs', wal_sync FROM pg_stat_wal
        UNION ALL SELECT schemaname || '.' || relname || '.scans', coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables
        UNION ALL SELECT schemaname || '.' || relname || '.inserted', n_tup_ins FROM pg_stat_user_tables
        UNION ALL SELECT schemaname || '.' || relname || '.updated', n_tup_upd FROM pg_stat_user_tables
        """;

    public static async Task<Dictionary<string, long>> TakeAsync(string connectionString, CancellationToken ct)
    {
        // Pending statistics of the backends reach the shared counters within about a second.
        await Task.Delay(TimeSpan.FromSeconds(1.5), ct);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            values[reader.GetString(0)] = reader.GetInt64(1);
        }

        return values;
    }

    /// <summary>Every counter that moved, per unit of <paramref name="per"/> (a counter name).</summary>
    public static string Describe(Dictionary<string, long> before, Dictionary<string, long> after, string per, string unit)
    {
        var units = Delta(before, after, per);
        if (units <= 0)
        {
            return $"    (no change in {per})";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"    per {unit} ({units} counted by PostgreSQL):").AppendLine();
        foreach (var key in after.Keys.Order(StringComparer.Ordinal))
        {
            var delta = Delta(before, after, key);
            if (delta != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"      {key,-52} {(double)delta / units,10:0.00}").AppendLine();
            }
        }

        return text.ToString().TrimEnd();
    }

    private static long Delta(Dictionary<string, long> before, Dictionary<string, long> after, string key) =>
        after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
}
