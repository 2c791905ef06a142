namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Skip logic: items outside every <see cref="SkipCondition"/> are always asked and must be answered;
/// a dependent item is asked (and must be answered) only when its gate item has the gate value,
/// and must be left empty otherwise (C-SSRS screener).
/// </summary>
public sealed record SkipLogicRule(string Description, IReadOnlyList<SkipCondition> Conditions) : MissingAnswerRule(Description);
