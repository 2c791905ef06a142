using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// An organisation's escalation rules: how long each tier may wait for an acknowledgement, how long the supervisor
/// has after that, who is on call, and how often everyone is reminded while nobody acknowledges. Defaults: Imminent
/// 15 minutes, High 60, Elevated 1440 (a day); supervisor 15; repeat every 15. An alert keeps the policy it started with.
/// </summary>
public sealed record EscalationPolicy(
    IReadOnlyDictionary<RiskTier, int> AcknowledgeWithinMinutes,
    int SupervisorWithinMinutes,
    IReadOnlyList<Guid> OnCallUserIds,
    int RepeatEveryMinutes)
{
    public const string Invalid = "escalation_policy.invalid";

    /// <summary>A week: longer than that is not an acknowledgement deadline.</summary>
    public const int MaxMinutes = 10080;

    public const int MaxOnCall = 20;

    public static EscalationPolicy Default { get; } = new(
        new Dictionary<RiskTier, int> { [RiskTier.Imminent] = 15, [RiskTier.High] = 60, [RiskTier.Elevated] = 1440 }, 15, [], 15);

    public static Result<EscalationPolicy> Create(
        IReadOnlyDictionary<RiskTier, int> acknowledgeWithinMinutes, int supervisorWithinMinutes, IReadOnlyList<Guid> onCallUserIds,
        int repeatEveryMinutes)
    {
        var problems = new List<Violation>();
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            if (!acknowledgeWithinMinutes.TryGetValue(tier, out var minutes) || minutes is < 1 or > MaxMinutes)
            {
                problems.Add(new Violation(null, $"acknowledge.{tier}", $"{tier} needs an acknowledgement deadline of 1 to {MaxMinutes} minutes."));
            }
        }

        if (acknowledgeWithinMinutes.TryGetValue(RiskTier.Imminent, out var imminent) && acknowledgeWithinMinutes.TryGetValue(RiskTier.High, out var high)
            && acknowledgeWithinMinutes.TryGetValue(RiskTier.Elevated, out var elevated) && (imminent > high || high > elevated))
        {
            problems.Add(new Violation(null, "acknowledge.order", "A higher tier cannot wait longer than a lower one (Imminent <= High <= Elevated)."));
        }

        if (supervisorWithinMinutes is < 1 or > MaxMinutes)
        {
            problems.Add(new Violation(null, "supervisor", $"The supervisor's deadline must be 1 to {MaxMinutes} minutes."));
        }

        if (repeatEveryMinutes is < 1 or > MaxMinutes)
        {
            problems.Add(new Violation(null, "repeat", $"The repeat interval must be 1 to {MaxMinutes} minutes."));
        }

        if (onCallUserIds.Count > MaxOnCall || onCallUserIds.Distinct().Count() != onCallUserIds.Count)
        {
            problems.Add(new Violation(null, "onCall", $"At most {MaxOnCall} on-call contacts, each once."));
        }

        if (problems.Count > 0)
        {
            return Error.Rule(Invalid, "The escalation policy is not valid.") with { Violations = problems };
        }

        return new EscalationPolicy(
            Enum.GetValues<RiskTier>().ToDictionary(t => t, t => acknowledgeWithinMinutes[t]), supervisorWithinMinutes,
            onCallUserIds.ToArray(), repeatEveryMinutes);
    }

    public TimeSpan AcknowledgeWithin(RiskTier tier) => TimeSpan.FromMinutes(AcknowledgeWithinMinutes[tier]);

    public TimeSpan SupervisorWithin => TimeSpan.FromMinutes(SupervisorWithinMinutes);

    public TimeSpan RepeatEvery => TimeSpan.FromMinutes(RepeatEveryMinutes);
}
