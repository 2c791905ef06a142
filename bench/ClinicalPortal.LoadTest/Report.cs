using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>The printed result table and the verdict against the targets.</summary>
internal static class Report
{
    /// <summary>Prints everything; returns 0 when both targets are met without errors, 3 otherwise.</summary>
    public static int Print(
        BenchOptions options, IReadOnlyList<(string Name, string Value)> facts, PhaseResult submit, IReadOnlyList<PhaseResult> extra,
        PhaseResult raw, IReadOnlyList<string> dbReports)
    {
        var w = Console.Out;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal submit benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        w.WriteLine($"settings: {options.Seconds} s measured per phase after {options.Warmup} s warm-up, concurrency {options.Concurrency} " +
                    $"(HTTP: one client and one token per worker; raw: one connection per worker)");
        w.WriteLine("submissions: PHQ-9, items 1-8 random 0-3, " + (options.RiskEvery == 0
            ? "item 9 = 0 always (no risk flags)"
            : $"item 9 > 0 on every {options.RiskEvery}th submission of a worker (risk flag + outbox row), else 0"));
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine($"The load generator, the API and PostgreSQL all run on these {Environment.ProcessorCount} cores.");
        w.WriteLine();
        w.WriteLine($"{"phase",-40} {"ops",8} {"ok/s",9} {"mean ms",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var phase in new[] { submit }.Concat(extra).Append(raw))
        {
            w.WriteLine($"{phase.Name,-40} {phase.Count,8} {phase.Rate,9:0.0} {phase.MeanMs,8:0.00} {phase.PercentileMs(50),8:0.00} " +
                        $"{phase.PercentileMs(95),8:0.00} {phase.PercentileMs(99),8:0.00} {phase.MaxMs,8:0.00} {phase.Errors,7}");
            foreach (var (kind, count) in phase.Failures)
            {
                w.WriteLine($"{"",-42}{kind}: {count}");
            }
        }

        w.WriteLine();
        w.WriteLine("CPU during each measured phase (cores busy on average):");
        foreach (var phase in new[] { submit }.Concat(extra).Append(raw))
        {
            w.WriteLine($"  {phase.Name,-40} {phase.Cpu.Describe()}");
        }

        w.WriteLine();
        w.WriteLine("PostgreSQL work (pg_stat_database, pg_stat_wal, pg_stat_user_tables; warm-up included):");
        foreach (var line in dbReports)
        {
            w.WriteLine(line);
        }

        var ratio = submit.Rate / raw.Rate;
        var p99 = submit.PercentileMs(99);
        var ratioOk = ratio >= BenchOptions.TargetRatio;
        var p99Ok = p99 < BenchOptions.TargetP99Ms;
        var errorsOk = submit.Errors == 0;
        w.WriteLine();
        w.WriteLine("Result:");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  endpoint / raw INSERT rate   {submit.Rate:0.0} / {raw.Rate:0.0} = {ratio * 100:0.0} %   target >= {BenchOptions.TargetRatio * 100:0} %   {Verdict(ratioOk)}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  endpoint p99                 {p99:0.00} ms                target < {BenchOptions.TargetP99Ms:0} ms    {Verdict(p99Ok)}"));
        w.WriteLine($"  endpoint errors              {submit.Errors}                       target 0          {Verdict(errorsOk)}");
        var pass = ratioOk && p99Ok && errorsOk;
        w.WriteLine($"  overall: {Verdict(pass)}");
        return pass ? 0 : 3;
    }

    private static string Verdict(bool ok) => ok ? "PASS" : "FAIL";
}
