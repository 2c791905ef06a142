namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>PUT /organization/escalation-policy</c>, e.g. <c>{ "acknowledgeWithinMinutes": { "Imminent": 15, "High": 60,
/// "Elevated": 1440 }, "supervisorWithinMinutes": 15, "onCallUserIds": [], "repeatEveryMinutes": 15 }</c> (the defaults).
/// </summary>
public sealed record EscalationPolicyRequest(
    Dictionary<string, int>? AcknowledgeWithinMinutes, int? SupervisorWithinMinutes, List<Guid>? OnCallUserIds, int? RepeatEveryMinutes);
