namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Raises a <see cref="RiskFlag"/> when every condition holds on the raw answers.
/// <see cref="ItemNumber"/> is the item the flag points at.
/// </summary>
public sealed record RiskRule(string Code, RiskTier Tier, int ItemNumber, IReadOnlyList<RiskCondition> AllOf, string Reason)
{
    public bool Matches(IReadOnlyList<int?> answers) =>
        AllOf.All(c => c.ItemNumber >= 1 && c.ItemNumber <= answers.Count
            && answers[c.ItemNumber - 1] is int v && c.Values.Contains(v));
}
