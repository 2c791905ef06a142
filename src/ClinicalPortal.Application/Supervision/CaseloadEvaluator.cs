using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>One client's facts through the domain's <see cref="CaseloadRules"/>: every finding, in the order of the flags.</summary>
public static class CaseloadEvaluator
{
    public static IReadOnlyList<CaseloadFinding> Evaluate(
        IEnumerable<MeasureFact> measures, HomeworkFact? homework, IEnumerable<AlertFact> alerts, DateTimeOffset now)
    {
        var histories = measures.GroupBy(m => m.InstrumentCode, StringComparer.Ordinal)
            .Select(History).OfType<MeasureHistory>()
            .OrderBy(h => h.Instrument.Code, StringComparer.Ordinal)
            .ToList();
        var findings = new List<CaseloadFinding>();
        findings.AddRange(histories.SelectMany(h => CaseloadRules.Deterioration(h, now)));
        if (CaseloadRules.NotImproving(histories, now) is { } notImproving)
        {
            findings.Add(notImproving);
        }

        findings.AddRange(histories.SelectMany(CaseloadRules.BurnoutRising));
        if (homework is not null && CaseloadRules.HomeworkOverdue(homework.Due, homework.Done) is { } overdue)
        {
            findings.Add(overdue);
        }

        findings.AddRange(alerts.SelectMany(a => CaseloadRules.Alert(a.Status, a.Tier, a.Level, a.RaisedAt, a.AcknowledgeBy, now)));
        return findings.OrderBy(f => f.Flag).ToList();
    }

    /// <summary>The rules' view of one instrument's rows; null for an instrument no longer in the library.</summary>
    private static MeasureHistory? History(IGrouping<string, MeasureFact> rows)
    {
        if (!InstrumentLibrary.TryGet(rows.Key, out var instrument))
        {
            return null;
        }

        var first = rows.Single(r => r.IsFirst);
        var latest = rows.Single(r => r.FromEnd == 1);
        var previous = rows.SingleOrDefault(r => r.FromEnd == 2);
        var atWindowStart = rows.SingleOrDefault(r => r.AtWindowStart);
        return new MeasureHistory(instrument, latest.Results, Point(first), Point(latest), previous is null ? null : Point(previous),
            atWindowStart is null ? null : Point(atWindowStart));
    }

    private static ScorePoint Point(MeasureFact row) => new(row.At, row.Total, row.Subscales);
}
