using System.Runtime.InteropServices;
using Npgsql;

namespace ClinicalPortal.LoadTest;

/// <summary>What the figures were measured on.</summary>
internal static class MachineFacts
{
    public static async Task<IReadOnlyList<(string Name, string Value)>> CollectAsync(string connectionString, string? dataDirectory, CancellationToken ct)
    {
        var facts = new List<(string, string)>
        {
            ("nproc", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("CPU", CpuModel()),
            ("memory", Memory()),
            ("OS", RuntimeInformation.OSDescription),
            (".NET", RuntimeInformation.FrameworkDescription),
        };

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var setting in new[] { "server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers", "max_connections" })
        {
            await using var command = new NpgsqlCommand("SELECT current_setting($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = setting });
            facts.Add(("PostgreSQL " + setting, (string)(await command.ExecuteScalarAsync(ct))!));
        }

        facts.Add(("PostgreSQL data", dataDirectory is null ? "PORTAL_BENCH_DB (external server)" : $"{dataDirectory} ({FileSystemOf(dataDirectory)})"));
        return facts;
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Memory()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            return $"{kb / 1024 / 1024.0:0.0} GiB";
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException)
        {
            return "unknown";
        }
    }

    /// <summary>Device and type of the mount holding the path (tmpfs would make fsync free).</summary>
    private static string FileSystemOf(string path)
    {
        try
        {
            var best = File.ReadLines("/proc/mounts")
                .Select(l => l.Split(' '))
                .Where(f => f.Length > 2 && (path == f[1] || path.StartsWith(f[1].TrimEnd('/') + "/", StringComparison.Ordinal)))
                .MaxBy(f => f[1].Length);
            return best is null ? "unknown file system" : $"{best[2]} on {best[0]}";
        }
        catch (IOException)
        {
            return "unknown file system";
        }
    }
}
