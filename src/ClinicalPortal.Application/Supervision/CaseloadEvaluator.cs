using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>One client's facts through the domain's <see cref="CaseloadRules"/>: every finding, in the order of the flags.</summary>
public static class CaseloadEvaluator
{
    public static IReadOnlyList<CaseloadFinding> Evaluate(
        IEnumerable<MeasureFact> measures, HomeworkFact? homework, IEnumerable<AlertFact> alerts, DateTimeOffset now)
    {
        var histories = measures.Select(History).OfType<MeasureHistory>()
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

    /// <summary>The rules' view of one instrument; null for an instrument no longer in the library.</summary>
    private static MeasureHistory? History(MeasureFact fact) =>
        InstrumentLibrary.TryGet(fact.InstrumentCode, out var instrument)
            ? new MeasureHistory(instrument, fact.Results, fact.First, fact.Latest, fact.Previous, fact.AtWindowStart)
            : null;
}
