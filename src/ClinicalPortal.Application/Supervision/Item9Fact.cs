namespace ClinicalPortal.Application.Supervision;

/// <summary>A PHQ-9 of the last 14 days whose item 9 was answered above 0: when, and the answer (1-3). Nothing else of the answers.</summary>
public sealed record Item9Fact(Guid ClientId, DateTimeOffset At, int Answer);
