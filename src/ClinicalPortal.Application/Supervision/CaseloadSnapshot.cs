using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>The facts of some reached clients, as <see cref="CaseloadSnapshots.LoadAsync"/> read them, by client id.</summary>
public sealed class CaseloadSnapshot(
    ILookup<Guid, MeasureFact> measures, IReadOnlyDictionary<Guid, HomeworkFact> homework, ILookup<Guid, AlertFact> alerts,
    ILookup<Guid, ScheduleFact> schedules, ILookup<Guid, Item9Fact> item9, IReadOnlySet<Guid> withSafetyPlan, DateTimeOffset now)
{
    public DateTimeOffset Now { get; } = now;

    public IEnumerable<MeasureFact> Measures(Guid client) => measures[client];

    public HomeworkFact? Homework(Guid client) => homework.GetValueOrDefault(client);

    public IEnumerable<AlertFact> Alerts(Guid client) => alerts[client];

    /// <summary>The client's flags now (<see cref="CaseloadEvaluator"/>).</summary>
    public IReadOnlyList<CaseloadFinding> Findings(Guid client) => CaseloadEvaluator.Evaluate(
        new ClientFacts(Measures(client), Homework(client), Alerts(client), schedules[client], item9[client], withSafetyPlan.Contains(client)), Now);
}
