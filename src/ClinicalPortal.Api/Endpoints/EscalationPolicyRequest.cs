namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>PUT /organization/escalation-policy</c>, e.g. <c>{ "acknowledgeWithinMinutes": { "Imminent": 15, "High": 60,
/// "Elevated": 1440 }, "supervisorWithinMinutes": 15, "onCallUserIds": [], "repeatEveryMinutes": 15,
/// "firstContactWithinMinutes": { "Imminent": 60, "High": 240, "Elevated": 1440 }, "resolveWithinMinutes": { "Imminent": 240,
/// "High": 1440, "Elevated": 4320 } }</c> (the defaults). The last two may be left out: the current minutes stay.
/// </summary>
public sealed record EscalationPolicyRequest(
    Dictionary<string, int>? AcknowledgeWithinMinutes, int? SupervisorWithinMinutes, List<Guid>? OnCallUserIds, int? RepeatEveryMinutes,
    Dictionary<string, int>? FirstContactWithinMinutes = null, Dictionary<string, int>? ResolveWithinMinutes = null);
