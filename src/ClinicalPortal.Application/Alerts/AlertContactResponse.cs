namespace ClinicalPortal.Application.Alerts;

/// <summary>One try to reach the client about an alert: when, how, whether they were reached, and by whom.</summary>
public sealed record AlertContactResponse(DateTimeOffset At, string Channel, bool Reached, AlertActorResponse By);
