using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalPortal.LoadTest;

/// <summary>One run of an instance's escalation worker, from its log line, with the time the line reached the benchmark.</summary>
internal sealed record WorkerRun(DateTimeOffset SeenAt, int Claimed, int Fired, int Failed);

/// <summary>
/// Reads an API instance's output for the escalation worker's lines: the Information line of each run that claimed
/// something ("Escalation worker claimed {Claimed} due deadlines: {Fired} fired a round, {Failed} failed.") and its
/// Error/Warning lines (a firing refused or failed, a run failed). The lines carry counts and ids only.
/// </summary>
internal sealed partial class WorkerLog(string instance)
{
    private readonly ConcurrentQueue<WorkerRun> _runs = new();
    private int _refused;
    private int _fireFailed;
    private int _runFailed;

    public string Instance { get; } = instance;

    public IReadOnlyList<WorkerRun> Runs => [.. _runs];

    public int Claimed => _runs.Sum(r => r.Claimed);

    public int Fired => _runs.Sum(r => r.Fired);

    public int Failed => _runs.Sum(r => r.Failed);

    /// <summary>"Firing alert deadline ... was refused" lines.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>"Firing alert deadline ... failed" lines (a firing threw; it is retried later).</summary>
    public int FireFailed => Volatile.Read(ref _fireFailed);

    /// <summary>"Escalation worker failed (...)" lines (a whole run threw, e.g. the claim).</summary>
    public int RunFailed => Volatile.Read(ref _runFailed);

    /// <summary>Forgets what was read so far (the seeding phase's lines, if any).</summary>
    public void Clear()
    {
        _runs.Clear();
        Interlocked.Exchange(ref _refused, 0);
        Interlocked.Exchange(ref _fireFailed, 0);
        Interlocked.Exchange(ref _runFailed, 0);
    }

    public void Read(string line)
    {
        if (RunLine().Match(line) is { Success: true } run)
        {
            _runs.Enqueue(new WorkerRun(DateTimeOffset.UtcNow, Number(run, 1), Number(run, 2), Number(run, 3)));
        }
        else if (RefusedLine().IsMatch(line))
        {
            Interlocked.Increment(ref _refused);
        }
        else if (FireFailedLine().IsMatch(line))
        {
            Interlocked.Increment(ref _fireFailed);
        }
        else if (RunFailedLine().IsMatch(line))
        {
            Interlocked.Increment(ref _runFailed);
        }
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Escalation worker claimed (\d+) due deadlines: (\d+) fired a round, (\d+) failed\.")]
    private static partial Regex RunLine();

    [GeneratedRegex(@"Firing alert deadline \S+ was refused")]
    private static partial Regex RefusedLine();

    [GeneratedRegex(@"Firing alert deadline \S+ failed")]
    private static partial Regex FireFailedLine();

    [GeneratedRegex(@"Escalation worker failed \(")]
    private static partial Regex RunFailedLine();
}
