using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>One client's facts through the domain's <see cref="CaseloadRules"/>: every finding, in the order of the flags.</summary>
public static class CaseloadEvaluator
{
    public static IReadOnlyList<CaseloadFinding> Evaluate(ClientFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var histories = facts.Measures.Select(History).OfType<MeasureHistory>()
            .OrderBy(h => h.Instrument.Code, StringComparer.Ordinal)
            .ToList();
        var findings = new List<CaseloadFinding>();
        findings.AddRange(histories.SelectMany(h => CaseloadRules.Deterioration(h, now)));
        if (CaseloadRules.NotImproving(histories, now) is { } notImproving)
        {
            findings.Add(notImproving);
        }

        findings.AddRange(histories.SelectMany(CaseloadRules.BurnoutRising));
        if (facts.Homework is { } homework && CaseloadRules.HomeworkOverdue(homework.Due, homework.Done) is { } overdue)
        {
            findings.Add(overdue);
        }

        var alerts = facts.Alerts.ToList();
        findings.AddRange(alerts.SelectMany(a => CaseloadRules.Alert(a.Status, a.Tier, a.Level, a.RaisedAt, a.AcknowledgeBy, now)));
        if (CaseloadRules.AlertWithoutSafetyPlan(alerts.Select(a => (a.Status, a.Tier, a.RaisedAt)), facts.SafetyPlanOnFile) is { } noPlan)
        {
            findings.Add(noPlan);
        }

        var latest = facts.Measures.ToDictionary(m => m.InstrumentCode, m => m.Latest.At, StringComparer.Ordinal);
        findings.AddRange(facts.Schedules
            .Select(s => CaseloadRules.MeasureOverdue(s.InstrumentCode, s.LastClosed, latest.TryGetValue(s.InstrumentCode, out var at) ? at : null))
            .OfType<CaseloadFinding>()
            .GroupBy(f => f.Instrument, StringComparer.Ordinal)
            .Select(g => g.MaxBy(f => f.At)!));
        if (CaseloadRules.Item9Positive(facts.Item9.Select(i => (i.At, i.Answer)), now) is { } item9)
        {
            findings.Add(item9);
        }

        return findings.OrderBy(f => f.Flag).ThenBy(f => f.Instrument, StringComparer.Ordinal).ToList();
    }

    /// <summary>The rules' view of one instrument; null for an instrument no longer in the library.</summary>
    private static MeasureHistory? History(MeasureFact fact) =>
        InstrumentLibrary.TryGet(fact.InstrumentCode, out var instrument)
            ? new MeasureHistory(instrument, fact.Results, fact.First, fact.Latest, fact.Previous, fact.AtWindowStart, fact.BeforePrevious)
            : null;
}
