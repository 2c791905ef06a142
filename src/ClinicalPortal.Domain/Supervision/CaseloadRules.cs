using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Supervision;

/// <summary>
/// The supervision flag rules, each on the stored scores (never rescored) and judged by the instrument's own
/// reliable-change criterion (<see cref="ChangeCalculator.Assess"/>): a scale without a criterion never flags change.
/// A finding judged by a criterion whose figures are not verified carries <c>CriterionVerified = false</c>, so its words
/// state the change without calling it reliable.
/// </summary>
public static class CaseloadRules
{
    public const int DeteriorationWindowDays = 60;
    public const int TreatmentDays = 8 * 7;

    /// <summary>The lower bound of the PUMA study's "moderate" category: burnout rising counts from here.</summary>
    public const decimal BurnoutThreshold = 50m;

    /// <summary>A PHQ-9 item 9 above 0 in this many days before now flags the client.</summary>
    public const int Item9WindowDays = 14;
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
            var change = Assess(history.Instrument, scale, from, to);
            if (change.Reliable == ReliableChange.Deteriorated)
            {
                yield return new CaseloadFinding(
                    CaseloadFlag.Deterioration, history.Instrument.Code, scale, from, to, history.Latest.At, reference.At,
                    CriterionVerified: change.CriterionVerified);
            }
        }
    }

    /// <summary>
    /// Not improving after eight weeks in treatment. An instrument counts when it has two results or more, its first is at
    /// least eight weeks old, and on some scale with a verified reliable-change criterion and a caseness cut-off the first
    /// result lay in the clinical range (a client who began below it has nothing to improve from, and an unverified
    /// figure cannot say that a change was too small). Flagged when no counting instrument shows reliable improvement on
    /// such a scale from the first result to the latest. One finding, naming the instrument given longest, or none.
    /// </summary>
    public static CaseloadFinding? NotImproving(IEnumerable<MeasureHistory> histories, DateTimeOffset now)
    {
        var eligible = histories
            .Where(h => h.Results >= 2 && h.First.At <= now.AddDays(-TreatmentDays) && InClinicalRange(h).Any())
            .OrderBy(h => h.First.At).ThenBy(h => h.Instrument.Code, StringComparer.Ordinal)
            .ToList();
        if (eligible.Count == 0 || eligible.Any(Improved))
        {
            return null;
        }

        var longest = eligible[0];
        var (scale, from, to) = InClinicalRange(longest).First();
        return new CaseloadFinding(CaseloadFlag.NotImproving, longest.Instrument.Code, scale, from, to, longest.Latest.At, longest.First.At,
            CriterionVerified: true);

        static bool Improved(MeasureHistory h) =>
            InClinicalRange(h).Any(c => Assess(h.Instrument, c.Scale, c.From, c.To).Reliable == ReliableChange.Improved);
    }

    /// <summary>
    /// Burnout rising, per CBI scale: the latest score is at least 50 (the PUMA study's "moderate" or above) and the
    /// rise is reliable or sustained: larger than the scale's reliable-change figure since the previous CBI, or the second
    /// rise in a row (the one before the previous, the previous and the latest each higher). Any smaller single rise is
    /// everyday variation and is not flagged. The CBI's figures are not verified, so a rise beyond them is stated, not
    /// called reliable (<see cref="CaseloadFinding.CriterionVerified"/>).
    /// </summary>
    public static IEnumerable<CaseloadFinding> BurnoutRising(MeasureHistory history)
    {
        if (!string.Equals(history.Instrument.Code, InstrumentLibrary.Cbi.Code, StringComparison.Ordinal) || history.Previous is not { } previous)
        {
            yield break;
        }

        foreach (var (scale, from, to) in Changes(history.Instrument, previous, history.Latest))
        {
            if (to < BurnoutThreshold || to <= from)
            {
                continue;
            }

            var change = Assess(history.Instrument, scale, from, to);
            var beyondFigure = change.Reliable == ReliableChange.Deteriorated;
            var earlier = history.BeforePrevious?.Subscales.GetValueOrDefault(scale!) is decimal e && e < from ? e : (decimal?)null;
            if (beyondFigure || earlier is not null)
            {
                yield return new CaseloadFinding(
                    CaseloadFlag.BurnoutRising, history.Instrument.Code, scale, from, to, history.Latest.At, previous.At,
                    Earlier: earlier, CriterionVerified: beyondFigure ? change.CriterionVerified : null);
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
    /// An unresolved alert with no safety plan on file: one finding for the client, at the earliest unresolved alert,
    /// with the highest tier among them. A crisis without a plan is the moment to write one (Stanley and Brown 2012).
    /// </summary>
    public static CaseloadFinding? AlertWithoutSafetyPlan(IEnumerable<(AlertStatus Status, RiskTier Tier, DateTimeOffset RaisedAt)> alerts, bool safetyPlanOnFile)
    {
        if (safetyPlanOnFile)
        {
            return null;
        }

        var open = alerts.Where(a => a.Status != AlertStatus.Resolved).ToList();
        return open.Count == 0
            ? null
            : new CaseloadFinding(CaseloadFlag.AlertWithoutSafetyPlan, At: open.Min(a => a.RaisedAt), Tier: open.Max(a => a.Tier));
    }

    /// <summary>
    /// A scheduled measure overdue: the schedule's last closed window (<see cref="MeasureSchedule.LastClosedWindow"/>)
    /// got no result of the instrument from its opening on (a late answer after it closed counts as answered). At the
    /// window's close, since its opening.
    /// </summary>
    public static CaseloadFinding? MeasureOverdue(string instrumentCode, AdministrationWindow? lastClosed, DateTimeOffset? latestResultAt) =>
        lastClosed is { } window && (latestResultAt is not { } at || at < window.OpensAt)
            ? new CaseloadFinding(CaseloadFlag.MeasuresOverdue, instrumentCode, At: window.ClosesAt, Since: window.OpensAt)
            : null;

    /// <summary>
    /// A positive PHQ-9 item 9 in the last 14 days: the latest such answer, with the highest tier the PHQ-9's own risk
    /// rules give the answers of the window (1: elevated; 2 or 3: high). Null when none.
    /// </summary>
    public static CaseloadFinding? Item9Positive(IEnumerable<(DateTimeOffset At, int Answer)> item9Answers, DateTimeOffset now)
    {
        var positive = item9Answers.Where(a => a.Answer > 0 && a.At > now.AddDays(-Item9WindowDays) && a.At <= now).ToList();
        if (positive.Count == 0)
        {
            return null;
        }

        var tier = positive.Select(a => Item9Tier(a.Answer)).Max();
        return new CaseloadFinding(CaseloadFlag.Item9Positive, FollowUpScreen.TriggerInstrument, At: positive.Max(a => a.At), Tier: tier);
    }

    /// <summary>Every positive PHQ-9 item 9 in the record, for the flag history: one finding at each, with its tier.</summary>
    public static IEnumerable<CaseloadFinding> Item9History(IEnumerable<(DateTimeOffset At, int Answer)> item9Answers) =>
        item9Answers.Where(a => a.Answer > 0)
            .Select(a => new CaseloadFinding(CaseloadFlag.Item9Positive, FollowUpScreen.TriggerInstrument, At: a.At, Tier: Item9Tier(a.Answer)));

    /// <summary>The tier the PHQ-9's risk rules give an item 9 answer on its own.</summary>
    public static RiskTier Item9Tier(int answer)
    {
        var answers = new int?[InstrumentLibrary.Phq9.Items.Count];
        answers[FollowUpScreen.TriggerItem - 1] = answer;
        return InstrumentLibrary.Phq9.RiskRules.Where(r => r.ItemNumber == FollowUpScreen.TriggerItem && r.Matches(answers))
            .Select(r => r.Tier).DefaultIfEmpty(RiskTier.Elevated).Max();
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
        return new MeasureHistory(instrument, i + 1, results[0], results[i], i > 0 ? results[i - 1] : null, atWindowStart, i > 1 ? results[i - 2] : null);
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

    private static CasenessCutOff? Caseness(InstrumentDefinition instrument, string? scale) =>
        scale is null ? instrument.Caseness : instrument.Subscale(scale)?.Caseness;

    /// <summary>The scales, first to latest, with a verified criterion and a caseness cut-off whose first result was in the clinical range.</summary>
    private static IEnumerable<(string? Scale, decimal From, decimal To)> InClinicalRange(MeasureHistory h) =>
        Changes(h.Instrument, h.First, h.Latest).Where(c =>
            Criterion(h.Instrument, c.Scale) is { IsVerified: true } && Caseness(h.Instrument, c.Scale) is { } cut && cut.IsCase(c.From));

    private static ScaleChange Assess(InstrumentDefinition instrument, string? scale, decimal from, decimal to) =>
        scale is null
            ? ChangeCalculator.Assess(from, to, instrument.ReliableChange, instrument.Caseness, instrument.HigherIsBetter)
            : ChangeCalculator.Assess(from, to, instrument.Subscale(scale)?.ReliableChange, instrument.Subscale(scale)?.Caseness, instrument.HigherIsBetter);
}
