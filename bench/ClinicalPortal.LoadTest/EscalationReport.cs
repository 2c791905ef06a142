using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>The printed result of an escalation-lateness run and its verdict.</summary>
internal static class EscalationReport
{
    /// <summary>Prints everything; 0 when the p99 target is met and every exactly-once check holds, 3 otherwise.</summary>
    public static int Print(
        BenchOptions options, EscalationSettings settings, IReadOnlyList<(string Name, string Value)> facts, EscalationSeed seed,
        EscalationMeasurement m)
    {
        var w = Console.Out;
        var n = seed.DeadlineIds.Length;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal escalation lateness, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        w.WriteLine(I($"settings: {n} alerts (one open alert per client, one pending escalation deadline each), {options.Instances} API instance(s) on one database; ") +
                    I($"every deadline set due at one instant T, {options.Lead.TotalSeconds:0.#} s after the UPDATE"));
        w.WriteLine(I($"escalation worker on every instance: PollInterval {settings.PollInterval:c}, BatchSize {settings.BatchSize}, Parallelism {settings.Parallelism}, Lease {settings.Lease:c}") +
                    (settings.AllDefaults ? " (the application's defaults)" : " (command-line overrides; the rest the application's defaults)"));
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine($"The benchmark, the {options.Instances} API instance(s) and PostgreSQL all run on these {Environment.ProcessorCount} cores.");
        w.WriteLine(I($"seeding through the API: {n} x POST /api/v1/clients in {seed.ClientsTook.TotalSeconds:0.0} s, {n} x POST /api/v1/clients/{{id}}/alerts in {seed.AlertsTook.TotalSeconds:0.0} s"));
        w.WriteLine(options.WarmupAlerts > 0
            ? I($"warm-up before T: bursts of {options.WarmupAlerts} deadlines of other organisations fired the same way until every instance had fired some (unmeasured)")
            : "no warm-up: the burst meets instances whose firing code has not run yet");
        w.WriteLine(I($"T = {m.DueAt:yyyy-MM-dd HH:mm:ss.fff}Z; the UPDATE committed {m.CommittedAhead.TotalSeconds:0.000} s before it"));
        w.WriteLine();

        var late = m.LatenessMs;
        w.WriteLine($"Lateness (fired_at - due_at) of the {late.Length} fired deadlines{(m.TimedOut ? $" (TIMED OUT: {n - late.Length} never fired)" : "")}:");
        if (late.Length > 0)
        {
            w.WriteLine($"  {"min",9} {"p50",9} {"p90",9} {"p99",9} {"max",9} {"mean",9}");
            w.WriteLine(I($"  {S(late[0]),9} {S(Percentile(late, 50)),9} {S(Percentile(late, 90)),9} {S(Percentile(late, 99)),9} {S(late[^1]),9} {S(late.Average()),9}"));
            var firing = (late[^1] - late[0]) / 1000.0;
            w.WriteLine(I($"  first fire T+{late[0] / 1000:0.000} s, last fire T+{late[^1] / 1000:0.000} s: {late.Length} deadlines from T to the last fire in {late[^1] / 1000:0.000} s, ") +
                        (firing > 0 ? I($"{late.Length / firing:0} fired/s from the first fire to the last") : "all at once"));
            w.WriteLine("  fired per half second after T: " + string.Join(" ", Histogram(late, 500)));
        }

        w.WriteLine();
        w.WriteLine($"{"instance",-8} {"runs",5} {"claimed",8} {"fired",6} {"failed",7} {"refused",8} {"errors",7} {"first run",10} {"last run",10} {"API cores",10}");
        foreach (var instance in m.Instances)
        {
            var log = instance.Log;
            var runs = log.Runs;
            string At(Func<IReadOnlyList<WorkerRun>, WorkerRun> pick) =>
                runs.Count == 0 ? "-" : I($"T+{(pick(runs).SeenAt - m.DueAt).TotalSeconds:0.00}");
            w.WriteLine(I($"{log.Instance,-8} {runs.Count,5} {log.Claimed,8} {log.Fired,6} {log.Failed,7} {log.Refused,8} {log.FireFailed + log.RunFailed,7} {At(r => r[0]),10} {At(r => r[^1]),10} {instance.Cores,10:0.00}"));
        }

        w.WriteLine("  (from each instance's log line per run \"Escalation worker claimed {Claimed} due deadlines: {Fired} fired a round, {Failed} failed.\"; run times as the lines reached the benchmark)");
        w.WriteLine(I($"CPU from T to the last fire (cores busy on average): APIs {m.Instances.Sum(i => i.Cores):0.00}, PostgreSQL {m.Cpu.Postgres:0.00}, benchmark {m.Cpu.LoadGenerator:0.00}, irq+softirq {m.Cpu.Interrupts:0.00}, steal {m.Cpu.Steal:0.00}; busy {m.Cpu.MachineBusy:0.00} of {m.Cpu.Cores}"));
        w.WriteLine();
        w.WriteLine("PostgreSQL work from before the UPDATE to after the last fire (pg_stat_database, pg_stat_wal, pg_stat_user_tables; the audit sealer included):");
        w.WriteLine(m.DbReport);
        w.WriteLine();
        w.WriteLine("Exactly once (rows of this organisation, and the workers' logs):");
        foreach (var check in m.Checks)
        {
            w.WriteLine($"  {check.What,-58} {check.Found,7} expected {check.Expected,-6} {(check.Ok ? "PASS" : "FAIL")}");
        }

        var target = BenchOptions.TargetLatenessOverPoll + settings.PollInterval;
        var p99 = late.Length == n && n > 0 ? Percentile(late, 99) : double.PositiveInfinity;
        var met = p99 < target.TotalMilliseconds;
        var correct = !m.TimedOut && m.Checks.All(c => c.Ok);
        w.WriteLine();
        w.WriteLine("Result:");
        w.WriteLine(I($"  {"escalation lateness p99",-28} {(double.IsInfinity(p99) ? "not all fired" : S(p99)),-12} target < {BenchOptions.TargetLatenessOverPoll.TotalSeconds:0} s + poll interval {settings.PollInterval.TotalSeconds:0.###} s = {target.TotalSeconds:0.###} s   {(met ? "PASS" : "MISSED")}"));
        w.WriteLine($"  {"exactly once, no failures",-28} {(correct ? "all checks hold" : "CHECKS FAILED"),-12} {"",-46} {(correct ? "PASS" : "FAIL")}");
        w.WriteLine($"  overall: {(met && correct ? "PASS" : correct ? "MISSED" : "FAIL")}");
        return met && correct ? 0 : 3;
    }

    /// <summary>Nearest rank, as for the submit benchmark.</summary>
    private static double Percentile(double[] sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static IEnumerable<string> Histogram(double[] sorted, double binMs)
    {
        var bins = (int)Math.Floor(Math.Max(0, sorted[^1]) / binMs) + 1;
        var counts = new int[bins];
        foreach (var value in sorted)
        {
            counts[Math.Clamp((int)Math.Floor(Math.Max(0, value) / binMs), 0, bins - 1)]++;
        }

        return counts.Select((c, i) => I($"[{i * binMs / 1000:0.0}s]{c}"));
    }

    private static string S(double ms) => I($"{ms / 1000:0.000} s");

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
