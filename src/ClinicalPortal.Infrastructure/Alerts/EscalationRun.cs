namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>One run of the escalation worker: deadlines claimed, rounds sent, firings that failed (tried again shortly).</summary>
public sealed record EscalationRun(int Claimed, int Fired, int Failed);
