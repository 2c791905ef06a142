using System.Diagnostics;

namespace ClinicalPortal.LoadTest;

/// <summary>What one timed phase produced: completed operations, failures and every latency.</summary>
internal sealed class PhaseResult
{
    public PhaseResult(string name, long[] latencyTicks, long errors, TimeSpan elapsed, IReadOnlyDictionary<string, long> failures, CpuUsage cpu)
    {
        Name = name;
        Array.Sort(latencyTicks);
        LatencyTicks = latencyTicks;
        Errors = errors;
        Elapsed = elapsed;
        Failures = failures;
        Cpu = cpu;
    }

    public string Name { get; }

    /// <summary>Sorted ascending, Stopwatch ticks, successful and failed operations alike.</summary>
    public long[] LatencyTicks { get; }

    public long Count => LatencyTicks.Length;
    public long Errors { get; }
    public TimeSpan Elapsed { get; }

    /// <summary>Failure kind (HTTP status or exception type) to count.</summary>
    public IReadOnlyDictionary<string, long> Failures { get; }

    public CpuUsage Cpu { get; }

    /// <summary>Successful operations per second.</summary>
    public double Rate => (Count - Errors) / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile in milliseconds.</summary>
    public double PercentileMs(double percentile)
    {
        if (LatencyTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * LatencyTicks.Length);
        var index = Math.Clamp(rank - 1, 0, LatencyTicks.Length - 1);
        return ToMs(LatencyTicks[index]);
    }

    public double MaxMs => LatencyTicks.Length == 0 ? double.NaN : ToMs(LatencyTicks[^1]);

    public double MeanMs => LatencyTicks.Length == 0 ? double.NaN : ToMs((long)LatencyTicks.Average());

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
