using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>The printed result table and the verdict against the targets.</summary>
internal static class Report
{
    /// <summary>
    /// Prints everything; returns 0 when every target is met without errors (and the floor, when measured, is a valid
    /// floor: no errors, the API's rows), 3 otherwise.
    /// </summary>
    public static int Print(
        BenchOptions options, IReadOnlyList<(string Name, string Value)> facts, PhaseResult submit, PhaseResult? floor,
        IReadOnlyList<PhaseResult> extra, PhaseResult raw, IReadOnlyList<string> dbReports, RowCheckResult? rows)
    {
        var w = Console.Out;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal submit benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        w.WriteLine($"settings: {options.Seconds} s measured per phase after {options.Warmup} s warm-up, concurrency {options.Concurrency} " +
                    $"(HTTP: one client and one token per worker; raw: one connection per worker)");
        w.WriteLine("submissions: PHQ-9, items 1-8 random 0-3, " + (options.RiskEvery == 0
            ? "item 9 = 0 always (no risk flags)"
            : $"item 9 > 0 on every {options.RiskEvery}th submission of a worker (risk flag and a crisis alert raised or joined in the same transaction), else 0"));
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine($"The load generator, the API, the floor and PostgreSQL all run on these {Environment.ProcessorCount} cores.");
        w.WriteLine();
        var phases = new List<PhaseResult> { submit };
        if (floor is not null)
        {
            phases.Add(floor);
        }

        phases.AddRange(extra);
        phases.Add(raw);
        w.WriteLine($"{"phase",-44} {"ops",8} {"ok/s",9} {"mean ms",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var phase in phases)
        {
            w.WriteLine($"{phase.Name,-44} {phase.Count,8} {phase.Rate,9:0.0} {phase.MeanMs,8:0.00} {phase.PercentileMs(50),8:0.00} " +
                        $"{phase.PercentileMs(95),8:0.00} {phase.PercentileMs(99),8:0.00} {phase.MaxMs,8:0.00} {phase.Errors,7}");
            foreach (var (kind, count) in phase.Failures)
            {
                w.WriteLine($"{"",-46}{kind}: {count}");
            }
        }

        w.WriteLine();
        w.WriteLine("CPU during each measured phase (cores busy on average):");
        foreach (var phase in phases)
        {
            w.WriteLine($"  {phase.Name,-44} {phase.Cpu.Describe()}");
        }

        w.WriteLine();
        w.WriteLine("PostgreSQL work (pg_stat_database, pg_stat_wal, pg_stat_user_tables; warm-up included):");
        foreach (var line in dbReports)
        {
            w.WriteLine(line);
        }

        if (rows is not null)
        {
            w.WriteLine();
            w.WriteLine("Rows the floor wrote, compared with the rows the API wrote in this run (after all phases):");
            foreach (var line in rows.Lines)
            {
                w.WriteLine(line);
            }
        }

        var p99 = submit.PercentileMs(99);
        var p99Ok = p99 < BenchOptions.TargetP99Ms;
        var errorsOk = submit.Errors == 0;
        var pass = p99Ok && errorsOk;
        w.WriteLine();
        w.WriteLine("Result:");
        if (floor is not null)
        {
            var ratio = submit.Rate / floor.Rate;
            var ratioOk = ratio >= BenchOptions.TargetFloorRatio;
            var floorValid = floor.Errors == 0 && rows is { Same: true };
            pass &= ratioOk && floorValid;
            Line(w, "endpoint / floor rate", Invariant($"{submit.Rate:0.0} / {floor.Rate:0.0} = {ratio:0.00}"),
                Invariant($"target >= {BenchOptions.TargetFloorRatio:0.0#}"), Verdict(ratioOk));
            Line(w, "endpoint p99", Invariant($"{p99:0.00} ms"), Invariant($"target < {BenchOptions.TargetP99Ms:0} ms"), Verdict(p99Ok));
            Line(w, "endpoint errors", Invariant($"{submit.Errors}"), "target 0", Verdict(errorsOk));
            Line(w, "floor valid (errors, rows)", Invariant($"{floor.Errors}, {(rows is { Same: true } ? "same as API" : "DIFFERENT")}"),
                "0, same as API", Verdict(floorValid));
            w.WriteLine(Invariant($"  information: floor p99 {floor.PercentileMs(99):0.00} ms; endpoint / raw INSERT rate {submit.Rate:0.0} / {raw.Rate:0.0} = {submit.Rate / raw.Rate * 100:0.0} %; floor / raw INSERT rate {floor.Rate / raw.Rate * 100:0.0} %"));
        }
        else
        {
            Line(w, "endpoint / floor rate", "not measured (--no-floor)", Invariant($"target >= {BenchOptions.TargetFloorRatio:0.0#}"), "not judged");
            Line(w, "endpoint p99", Invariant($"{p99:0.00} ms"), Invariant($"target < {BenchOptions.TargetP99Ms:0} ms"), Verdict(p99Ok));
            Line(w, "endpoint errors", Invariant($"{submit.Errors}"), "target 0", Verdict(errorsOk));
            w.WriteLine(Invariant($"  information: endpoint / raw INSERT rate {submit.Rate:0.0} / {raw.Rate:0.0} = {submit.Rate / raw.Rate * 100:0.0} %"));
        }

        w.WriteLine($"  overall: {Verdict(pass)}{(floor is null ? " (floor target not judged)" : "")}");
        return pass ? 0 : 3;
    }

    private static void Line(TextWriter w, string what, string value, string target, string verdict) =>
        w.WriteLine($"  {what,-28} {value,-26} {target,-16} {verdict}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Verdict(bool ok) => ok ? "PASS" : "FAIL";
}
