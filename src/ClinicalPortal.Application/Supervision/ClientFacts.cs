namespace ClinicalPortal.Application.Supervision;

/// <summary>What the flag rules read of one client: results per instrument, homework, unresolved alerts, running schedules, recent positive item 9 answers, and whether a safety plan is on file.</summary>
public sealed record ClientFacts(
    IEnumerable<MeasureFact> Measures,
    HomeworkFact? Homework,
    IEnumerable<AlertFact> Alerts,
    IEnumerable<ScheduleFact> Schedules,
    IEnumerable<Item9Fact> Item9,
    bool SafetyPlanOnFile);
