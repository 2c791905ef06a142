using System.Diagnostics;
using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>CPU used during a phase, in cores (1.0 = one core busy for the whole phase).</summary>
internal sealed record CpuUsage(
    double LoadGenerator, double Api, double Floor, double Postgres, double MachineBusy, double Interrupts, double Steal, int Cores)
{
    /// <summary>Busy time not charged to the parties, to interrupts or to the hypervisor: other processes, kernel threads.</summary>
    public double Other => Math.Max(0, MachineBusy - LoadGenerator - Api - Floor - Postgres - Interrupts - Steal);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"load gen {LoadGenerator:0.00}, API {Api:0.00}, floor {Floor:0.00}, PostgreSQL {Postgres:0.00}, irq+softirq {Interrupts:0.00}, steal {Steal:0.00}, other {Other:0.00}; busy {MachineBusy:0.00} of {Cores}");
}

/// <summary>
/// Reads CPU time from /proc (Linux): this process, the API process, the floor process (when it runs), the
/// PostgreSQL server (postmaster and its children, or every process named postgres when the postmaster is unknown)
/// and the whole machine.
/// </summary>
internal sealed class CpuSampler(Process? api, Process? floor, int? postmasterPid)
{
    private const double ClockTicksPerSecond = 100.0; // USER_HZ on Linux

    public Snapshot Take() => new(
        Stopwatch.GetTimestamp(),
        Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
        ProcessSeconds(api),
        ProcessSeconds(floor),
        PostgresSeconds(),
        MachineSeconds());

    public CpuUsage Between(Snapshot start, Snapshot end)
    {
        var wall = Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds;
        return new CpuUsage(
            (end.Self - start.Self) / wall,
            (end.Api - start.Api) / wall,
            (end.Floor - start.Floor) / wall,
            (end.Postgres - start.Postgres) / wall,
            (end.Machine.Busy - start.Machine.Busy) / wall,
            (end.Machine.Interrupts - start.Machine.Interrupts) / wall,
            (end.Machine.Steal - start.Machine.Steal) / wall,
            Environment.ProcessorCount);
    }

    private static double ProcessSeconds(Process? process)
    {
        if (process is null)
        {
            return 0;
        }

        try
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
        catch (InvalidOperationException)
        {
            return 0; // exited
        }
    }

    /// <summary>utime + stime of the PostgreSQL processes. Backends that exit during a phase take their time with them.</summary>
    private double PostgresSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (ReadStat(dir) is not { } stat)
            {
                continue;
            }

            var ours = postmasterPid is { } pm ? pid == pm || stat.ParentPid == pm : stat.Command == "postgres";
            if (ours)
            {
                ticks += stat.CpuTicks;
            }
        }

        return ticks / ClockTicksPerSecond;
    }

    private static (string Command, int ParentPid, long CpuTicks)? ReadStat(string procDir)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(procDir, "stat"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // pid (comm) state ppid ... field 14 utime, 15 stime; comm may hold spaces or parentheses
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        var command = text[(open + 1)..close];
        var fields = text[(close + 2)..].Split(' ');
        // fields[0] = state (field 3), so field N is fields[N - 3]
        if (fields.Length < 13
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var parent)
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var utime)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var stime))
        {
            return null;
        }

        return (command, parent, utime + stime);
    }

    private static MachineTime MachineSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new MachineTime(0, 0, 0);
        }

        // cpu  user nice system idle iowait irq softirq steal ...
        var line = File.ReadLines("/proc/stat").First();
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = values.Take(8).Sum();
        var idle = values[3] + values[4];
        return new MachineTime(
            (total - idle) / ClockTicksPerSecond,
            (values[5] + values[6]) / ClockTicksPerSecond,
            values[7] / ClockTicksPerSecond);
    }

    internal sealed record MachineTime(double Busy, double Interrupts, double Steal);

    internal sealed record Snapshot(long Timestamp, double Self, double Api, double Floor, double Postgres, MachineTime Machine);
}
