namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Skip logic: items outside every <see cref="SkipCondition"/> are always asked and must be answered;
/// a dependent item is asked (and must be answered) only when its gate item has the gate value,
/// and must be left empty otherwise (C-SSRS screener).
/// </summary>
/// <remarks>
/// Answers are in item order (item n at index n - 1), as the scorer takes them. Every page that shows the instrument
/// asks these methods, so the rule is written once, here, in the definition.
/// </remarks>
public sealed record SkipLogicRule(string Description, IReadOnlyList<SkipCondition> Conditions) : MissingAnswerRule(Description)
{
    /// <summary>The condition that asks <paramref name="itemNumber"/>; null when the item is always asked.</summary>
    public SkipCondition? GateOf(int itemNumber) => Conditions.FirstOrDefault(c => c.DependentItems.Contains(itemNumber));

    /// <summary>True when <paramref name="itemNumber"/> is asked given the answers so far: always-asked, or its gate was asked and answered with the gate value.</summary>
    public bool IsAsked(int itemNumber, IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return GateOf(itemNumber) is not { } gate
            || (IsAsked(gate.GateItem, answers) && answers.ElementAtOrDefault(gate.GateItem - 1) == gate.GateValue);
    }
}
