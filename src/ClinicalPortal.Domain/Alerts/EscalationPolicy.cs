using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Alerts;

/// <summary>
/// An organisation's escalation rules: how long each tier may wait for an acknowledgement, how long the supervisor
/// has after that, who is on call, and how often everyone is reminded while nobody acts. Acknowledging is not the end
/// (after the follow-up element of the Joint Commission's National Patient Safety Goal NPSG 15.01.01): from the acknowledgement each tier has
/// a deadline for first contact with the client and one for resolution, and missing either escalates as a missed
/// acknowledgement does. Defaults: acknowledge Imminent 15 minutes, High 60, Elevated 1440 (a day); first contact 60,
/// 240, 1440; resolution 240, 1440, 4320; supervisor 15; repeat every 15. An alert keeps the policy it started with.
/// </summary>
public sealed record EscalationPolicy(
    IReadOnlyDictionary<RiskTier, int> AcknowledgeWithinMinutes,
    int SupervisorWithinMinutes,
    IReadOnlyList<Guid> OnCallUserIds,
    int RepeatEveryMinutes,
    IReadOnlyDictionary<RiskTier, int> FirstContactWithinMinutes,
    IReadOnlyDictionary<RiskTier, int> ResolveWithinMinutes)
{
    public const string Invalid = "escalation_policy.invalid";

    /// <summary>A week: longer than that is not an acknowledgement deadline.</summary>
    public const int MaxMinutes = 10080;

    /// <summary>A month: the longest a resolution may wait after the acknowledgement.</summary>
    public const int MaxResolveMinutes = 43200;

    public const int MaxOnCall = 20;

    public static IReadOnlyDictionary<RiskTier, int> DefaultAcknowledgeMinutes { get; } = ByTier(15, 60, 1440);

    public static IReadOnlyDictionary<RiskTier, int> DefaultFirstContactMinutes { get; } = ByTier(60, 240, 1440);

    public static IReadOnlyDictionary<RiskTier, int> DefaultResolveMinutes { get; } = ByTier(240, 1440, 4320);

    public static EscalationPolicy Default { get; } = new(
        DefaultAcknowledgeMinutes, 15, [], 15, DefaultFirstContactMinutes, DefaultResolveMinutes);

    /// <summary>
    /// A valid policy, or every rule it breaks at once. Without first-contact or resolution minutes the defaults apply
    /// (a caller that predates them keeps working).
    /// </summary>
    public static Result<EscalationPolicy> Create(
        IReadOnlyDictionary<RiskTier, int> acknowledgeWithinMinutes, int supervisorWithinMinutes, IReadOnlyList<Guid> onCallUserIds,
        int repeatEveryMinutes, IReadOnlyDictionary<RiskTier, int>? firstContactWithinMinutes = null,
        IReadOnlyDictionary<RiskTier, int>? resolveWithinMinutes = null)
    {
        var firstContact = firstContactWithinMinutes ?? DefaultFirstContactMinutes;
        var resolve = resolveWithinMinutes ?? DefaultResolveMinutes;
        var problems = new List<Violation>();
        CheckTiers(acknowledgeWithinMinutes, "acknowledge", "an acknowledgement deadline", MaxMinutes, problems);
        CheckTiers(firstContact, "firstContact", "a first-contact deadline", MaxMinutes, problems);
        CheckTiers(resolve, "resolve", "a resolution deadline", MaxResolveMinutes, problems);
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            if (firstContact.TryGetValue(tier, out var contact) && resolve.TryGetValue(tier, out var close) && contact > close)
            {
                problems.Add(new Violation(null, $"resolve.{tier}", $"{tier}: resolution cannot be due before first contact."));
            }
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
            Copy(acknowledgeWithinMinutes), supervisorWithinMinutes, onCallUserIds.ToArray(), repeatEveryMinutes, Copy(firstContact),
            Copy(resolve));
    }

    public TimeSpan AcknowledgeWithin(RiskTier tier) => TimeSpan.FromMinutes(AcknowledgeWithinMinutes[tier]);

    /// <summary>From the acknowledgement: by when someone must have reached the client.</summary>
    public TimeSpan FirstContactWithin(RiskTier tier) => TimeSpan.FromMinutes(FirstContactWithinMinutes[tier]);

    /// <summary>From the acknowledgement: by when the alert must be resolved.</summary>
    public TimeSpan ResolveWithin(RiskTier tier) => TimeSpan.FromMinutes(ResolveWithinMinutes[tier]);

    public TimeSpan SupervisorWithin => TimeSpan.FromMinutes(SupervisorWithinMinutes);

    public TimeSpan RepeatEvery => TimeSpan.FromMinutes(RepeatEveryMinutes);

    /// <summary>Per tier, 1 to <paramref name="max"/> minutes, and a higher tier never waits longer than a lower one.</summary>
    private static void CheckTiers(IReadOnlyDictionary<RiskTier, int> minutes, string name, string what, int max, List<Violation> problems)
    {
        foreach (var tier in Enum.GetValues<RiskTier>())
        {
            if (!minutes.TryGetValue(tier, out var value) || value < 1 || value > max)
            {
                problems.Add(new Violation(null, $"{name}.{tier}", $"{tier} needs {what} of 1 to {max} minutes."));
            }
        }

        if (minutes.TryGetValue(RiskTier.Imminent, out var imminent) && minutes.TryGetValue(RiskTier.High, out var high)
            && minutes.TryGetValue(RiskTier.Elevated, out var elevated) && (imminent > high || high > elevated))
        {
            problems.Add(new Violation(null, $"{name}.order", $"A higher tier cannot wait longer than a lower one for {what} (Imminent <= High <= Elevated)."));
        }
    }

    private static Dictionary<RiskTier, int> Copy(IReadOnlyDictionary<RiskTier, int> minutes) =>
        Enum.GetValues<RiskTier>().ToDictionary(t => t, t => minutes[t]);

    private static Dictionary<RiskTier, int> ByTier(int imminent, int high, int elevated) => new()
    {
        [RiskTier.Imminent] = imminent,
        [RiskTier.High] = high,
        [RiskTier.Elevated] = elevated,
    };
}
