using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Alerts;

/// <summary>An escalation policy, in the shape <c>PUT /organization/escalation-policy</c> takes.</summary>
public sealed record EscalationPolicyResponse(
    IReadOnlyDictionary<string, int> AcknowledgeWithinMinutes,
    int SupervisorWithinMinutes,
    IReadOnlyList<Guid> OnCallUserIds,
    int RepeatEveryMinutes)
{
    public static EscalationPolicyResponse From(EscalationPolicy policy) => new(
        policy.AcknowledgeWithinMinutes.OrderByDescending(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
        policy.SupervisorWithinMinutes,
        policy.OnCallUserIds,
        policy.RepeatEveryMinutes);
}
