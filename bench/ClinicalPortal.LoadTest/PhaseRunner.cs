using System.Diagnostics;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// One operation of one worker: returns null on success or a short failure kind ("HTTP 500", "TimeoutException").
/// </summary>
internal delegate ValueTask<string?> Operation(int worker, long iteration, CancellationToken ct);

/// <summary>Runs C workers in closed loops (each sends its next operation when the last one answered) for a fixed time.</summary>
internal static class PhaseRunner
{
    public static async Task<PhaseResult> RunAsync(
        string name, int concurrency, TimeSpan warmup, TimeSpan duration, Operation operation, CpuSampler cpu, CancellationToken ct)
    {
        if (warmup > TimeSpan.Zero)
        {
            Console.WriteLine($"  {name}: warm-up {warmup.TotalSeconds:0} s ...");
            await LoopAsync(concurrency, warmup, operation, ct);
        }

        Console.WriteLine($"  {name}: measuring {duration.TotalSeconds:0} s at concurrency {concurrency} ...");
        var before = cpu.Take();
        var (latencies, errors, failures, elapsed) = await LoopAsync(concurrency, duration, operation, ct);
        var after = cpu.Take();
        return new PhaseResult(name, latencies, errors, elapsed, failures, cpu.Between(before, after));
    }

    private static async Task<(long[] Latencies, long Errors, Dictionary<string, long> Failures, TimeSpan Elapsed)> LoopAsync(
        int concurrency, TimeSpan duration, Operation operation, CancellationToken ct)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = 0L;
        var end = 0L;
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var latencies = new List<long>(capacity: 1 << 14);
            var failures = new Dictionary<string, long>(StringComparer.Ordinal);
            await go.Task;
            for (var i = 0L; Stopwatch.GetTimestamp() < Volatile.Read(ref end); i++)
            {
                ct.ThrowIfCancellationRequested();
                var t0 = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    failure = await operation(w, i, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    failure = ex.GetType().Name;
                }

                latencies.Add(Stopwatch.GetTimestamp() - t0);
                if (failure is not null)
                {
                    failures[failure] = failures.GetValueOrDefault(failure) + 1;
                }
            }

            return (Latencies: latencies, Failures: failures, Finished: Stopwatch.GetTimestamp());
        }, ct)).ToArray();

        start = Stopwatch.GetTimestamp();
        Volatile.Write(ref end, start + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        go.SetResult();
        var results = await Task.WhenAll(workers);

        // Rates are over the time until the last worker's last answer (operations in flight at the deadline are counted).
        var elapsed = Stopwatch.GetElapsedTime(start, results.Max(r => r.Finished));
        var all = results.SelectMany(r => r.Latencies).ToArray();
        var merged = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (kind, count) in results.SelectMany(r => r.Failures))
        {
            merged[kind] = merged.GetValueOrDefault(kind) + count;
        }

        return (all, merged.Values.Sum(), merged, elapsed);
    }
}
