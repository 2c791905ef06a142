using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Supervision;

/// <summary>
/// The supervision flag rules, each on the stored scores (never rescored) and judged by the instrument's own
/// reliable-change criterion (<see cref="ChangeCalculator.Assess"/>): a scale without a criterion never flags change.
/// </summary>
public static class CaseloadRules
{
    public const int DeteriorationWindowDays = 60;
    public const int TreatmentDays = 8 * 7;
    public const decimal BurnoutThreshold = 50m;
    public const int HomeworkWindowDays = 14;

    /// <summary>Completion under this share of the homework due flags it.</summary>
    public const decimal HomeworkMinimumRate = 0.30m;

    /// <summary>The start of the deterioration window at <paramref name="now"/>.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now) => now.AddDays(-DeteriorationWindowDays);

    /// <summary>
    /// Reliable deterioration in the last 60 days: the latest result lies in the window and is reliably worse, on the
    /// total or any subscale, than the latest result at or before the window's start (or, for a client who began within
    /// the window, than the first result). One finding per scale that deteriorated.
    /// </summary>
    public static IEnumerable<CaseloadFinding> Deterioration(MeasureHistory history, DateTimeOffset now)
    {
        if (history.Latest.At <= WindowStart(now))
        {
            yield break;
        }

        if (history.Results < 2)
        {
            yield break;
        }

        // The latest lies in the window, so the one at its start (if any) is another result; so is the first of two or more.
        var reference = history.AtWindowStart ?? history.First;

        foreach (var (scale, from, to) in Changes(history.Instrument, reference, history.Latest))
        {
            if (Assess(history.Instrument, scale, from, to).Reliable == ReliableChange.Deteriorated)
            {
                yield return new CaseloadFinding(CaseloadFlag.Deterioration, history.Instrument.Code, scale, from, to, history.Latest.At, reference.At);
            }
        }
    }

    /// <summary>
    /// Not improving after eight weeks in treatment: of the instruments with a reliable-change criterion whose first
    /// result is at least eight weeks old, none shows reliable improvement from that first result to the latest. One
    /// finding, naming the instrument given longest (the baseline of the treatment), or none.
    /// </summary>
    public static CaseloadFinding? NotImproving(IEnumerable<MeasureHistory> histories, DateTimeOffset now)
    {
        var eligible = histories
            .Where(h => h.First.At <= now.AddDays(-TreatmentDays) && Changes(h.Instrument, h.First, h.Latest).Any(c => Criterion(h.Instrument, c.Scale) is not null))
            .OrderBy(h => h.First.At).ThenBy(h => h.Instrument.Code, StringComparer.Ordinal)
            .ToList();
        if (eligible.Count == 0 || eligible.Any(Improved))
        {
            return null;
        }

        var longest = eligible[0];
        var (scale, from, to) = Changes(longest.Instrument, longest.First, longest.Latest).First(c => Criterion(longest.Instrument, c.Scale) is not null);
        return new CaseloadFinding(CaseloadFlag.NotImproving, longest.Instrument.Code, scale, from, to, longest.Latest.At, longest.First.At);

        static bool Improved(MeasureHistory h) =>
            Changes(h.Instrument, h.First, h.Latest).Any(c => Assess(h.Instrument, c.Scale, c.From, c.To).Reliable == ReliableChange.Improved);
    }

    /// <summary>Burnout at or above 50 and rising: each CBI scale whose latest score is at least 50 and above the previous CBI's.</summary>
    public static IEnumerable<CaseloadFinding> BurnoutRising(MeasureHistory history)
    {
        if (!string.Equals(history.Instrument.Code, InstrumentLibrary.Cbi.Code, StringComparison.Ordinal) || history.Previous is not { } previous)
        {
            yield break;
        }

        foreach (var (scale, from, to) in Changes(history.Instrument, previous, history.Latest))
        {
            if (to >= BurnoutThreshold && to > from)
            {
                yield return new CaseloadFinding(CaseloadFlag.BurnoutRising, history.Instrument.Code, scale, from, to, history.Latest.At, previous.At);
            }
        }
    }

    /// <summary>Overdue homework: some homework was due in the last 14 days and under 30 % of it was done.</summary>
    public static CaseloadFinding? HomeworkOverdue(int due, int done) =>
        due > 0 && done < HomeworkMinimumRate * due ? new CaseloadFinding(CaseloadFlag.HomeworkOverdue, Done: done, Due: due) : null;

    /// <summary>
    /// An unresolved crisis alert is open (<see cref="CaseloadFlag.AlertOpen"/>, at the time it was raised); one still
    /// unacknowledged after its acknowledgement deadline is also late (<see cref="CaseloadFlag.AlertLate"/>, at that
    /// deadline): it has escalated (<paramref name="level"/> above 0) or its deadline has passed and not yet fired.
    /// </summary>
    public static IEnumerable<CaseloadFinding> Alert(
        AlertStatus status, RiskTier tier, int level, DateTimeOffset raisedAt, DateTimeOffset? acknowledgeBy, DateTimeOffset now)
    {
        if (status == AlertStatus.Resolved)
        {
            yield break;
        }

        yield return new CaseloadFinding(CaseloadFlag.AlertOpen, At: raisedAt, Tier: tier);
        if (status == AlertStatus.Open && (level > 0 || acknowledgeBy <= now))
        {
            yield return new CaseloadFinding(CaseloadFlag.AlertLate, At: acknowledgeBy, Since: raisedAt, Tier: tier);
        }
    }

    /// <summary>
    /// An alert in the record: open when it was raised, and late when nobody acknowledged it by its first deadline
    /// (acknowledged after it, or still unacknowledged past it at <paramref name="now"/>). For the flag history.
    /// </summary>
    public static IEnumerable<CaseloadFinding> AlertHistory(
        RiskTier tier, DateTimeOffset raisedAt, DateTimeOffset? acknowledgeBy, DateTimeOffset? firstAcknowledgedAt, DateTimeOffset now)
    {
        yield return new CaseloadFinding(CaseloadFlag.AlertOpen, At: raisedAt, Tier: tier);
        if (acknowledgeBy is { } due && due <= now && (firstAcknowledgedAt ?? DateTimeOffset.MaxValue) > due)
        {
            yield return new CaseloadFinding(CaseloadFlag.AlertLate, At: due, Since: raisedAt, Tier: tier);
        }
    }

    /// <summary>
    /// The flag history of one client's results: each result judged as if it were the latest at the moment it was
    /// taken (deterioration against where the client stood 60 days before it, burnout against the CBI before it), and
    /// "not improving" where it began (a result from which it held, after one from which it did not). Oldest first.
    /// </summary>
    public static IReadOnlyList<CaseloadFinding> ResultHistory(IEnumerable<(InstrumentDefinition Instrument, IReadOnlyList<ScorePoint> Results)> record)
    {
        var series = record.Where(r => r.Results.Count > 0)
            .Select(r => (r.Instrument, Results: r.Results.OrderBy(p => p.At).ToList()))
            .ToList();
        var findings = new List<CaseloadFinding>();
        foreach (var (instrument, results) in series)
        {
            for (var i = 0; i < results.Count; i++)
            {
                var history = At(instrument, results, i);
                findings.AddRange(Deterioration(history, results[i].At));
                findings.AddRange(BurnoutRising(history));
            }
        }

        var moments = series.SelectMany(s => s.Results.Select(r => r.At)).Distinct().Order();
        var notImproving = false;
        foreach (var moment in moments)
        {
            var histories = series
                .Select(s => (s.Instrument, Index: s.Results.FindLastIndex(r => r.At <= moment)))
                .Where(s => s.Index >= 0)
                .Select(s => At(s.Instrument, series.First(x => x.Instrument == s.Instrument).Results, s.Index));
            var finding = NotImproving(histories, moment);
            if (finding is not null && !notImproving)
            {
                findings.Add(finding);
            }

            notImproving = finding is not null;
        }

        return findings.OrderBy(f => f.At).ThenBy(f => f.Flag).ToList();
    }

    /// <summary>The rules' view of one instrument's results at the moment result <paramref name="i"/> was taken.</summary>
    private static MeasureHistory At(InstrumentDefinition instrument, List<ScorePoint> results, int i)
    {
        var windowStart = WindowStart(results[i].At);
        var atWindowStart = results.Take(i + 1).LastOrDefault(r => r.At <= windowStart);
        return new MeasureHistory(instrument, i + 1, results[0], results[i], i > 0 ? results[i - 1] : null, atWindowStart);
    }

    /// <summary>The scales scored both times, the total first: (null, total then, total now), then each subscale by key.</summary>
    private static IEnumerable<(string? Scale, decimal From, decimal To)> Changes(InstrumentDefinition instrument, ScorePoint then, ScorePoint now)
    {
        if (then.Total is decimal t0 && now.Total is decimal t1)
        {
            yield return (null, t0, t1);
        }

        foreach (var subscale in instrument.Scoring.Subscales)
        {
            if (then.Subscales.GetValueOrDefault(subscale.Key) is decimal s0 && now.Subscales.GetValueOrDefault(subscale.Key) is decimal s1)
            {
                yield return (subscale.Key, s0, s1);
            }
        }
    }

    private static ReliableChangeCriterion? Criterion(InstrumentDefinition instrument, string? scale) =>
        scale is null ? instrument.ReliableChange : instrument.Subscale(scale)?.ReliableChange;

    private static ScaleChange Assess(InstrumentDefinition instrument, string? scale, decimal from, decimal to) =>
        scale is null
            ? ChangeCalculator.Assess(from, to, instrument.ReliableChange, instrument.Caseness, instrument.HigherIsBetter)
            : ChangeCalculator.Assess(from, to, instrument.Subscale(scale)?.ReliableChange, instrument.Subscale(scale)?.Caseness, instrument.HigherIsBetter);
}
