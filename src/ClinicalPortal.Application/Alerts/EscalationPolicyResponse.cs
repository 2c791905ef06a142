using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Alerts;

/// <summary>An escalation policy, in the shape <c>PUT /organization/escalation-policy</c> takes.</summary>
public sealed record EscalationPolicyResponse(
    IReadOnlyDictionary<string, int> AcknowledgeWithinMinutes,
    int SupervisorWithinMinutes,
    IReadOnlyList<Guid> OnCallUserIds,
    int RepeatEveryMinutes,
    IReadOnlyDictionary<string, int> FirstContactWithinMinutes,
    IReadOnlyDictionary<string, int> ResolveWithinMinutes)
{
    public static EscalationPolicyResponse From(EscalationPolicy policy) => new(
        ByName(policy.AcknowledgeWithinMinutes),
        policy.SupervisorWithinMinutes,
        policy.OnCallUserIds,
        policy.RepeatEveryMinutes,
        ByName(policy.FirstContactWithinMinutes),
        ByName(policy.ResolveWithinMinutes));

    /// <summary>Most urgent tier first, by name.</summary>
    private static Dictionary<string, int> ByName(IReadOnlyDictionary<RiskTier, int> minutes) =>
        minutes.OrderByDescending(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value);
}
