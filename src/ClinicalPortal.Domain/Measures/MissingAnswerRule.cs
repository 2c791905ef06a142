namespace ClinicalPortal.Domain.Measures;

/// <summary>What the scorer does with unanswered items. A missing answer is never treated as 0.</summary>
public abstract record MissingAnswerRule(string Description);

/// <summary>Every item must be answered (PHQ-9, GAD-7 and the other summed scales); no prorating.</summary>
public sealed record NoMissingAnswersRule(string Description) : MissingAnswerRule(Description);

/// <summary>
/// Items may be left out; each subscale is scored from its answered items only when at least
/// <see cref="SubscaleDefinition.MinimumAnswered"/> are answered (CBI: at least half of the scale).
/// At least one subscale must be scorable.
/// </summary>
public sealed record SubscaleMinimumRule(string Description) : MissingAnswerRule(Description);

/// <summary>
/// Skip logic: items outside every <see cref="SkipCondition"/> are always asked and must be answered;
/// a dependent item is asked (and must be answered) only when its gate item has the gate value,
/// and must be left empty otherwise (C-SSRS screener).
/// </summary>
public sealed record SkipLogicRule(string Description, IReadOnlyList<SkipCondition> Conditions) : MissingAnswerRule(Description);

/// <summary>Dependent items are asked only when <see cref="GateItem"/> was answered <see cref="GateValue"/>.</summary>
public sealed record SkipCondition(int GateItem, int GateValue, IReadOnlyList<int> DependentItems);
