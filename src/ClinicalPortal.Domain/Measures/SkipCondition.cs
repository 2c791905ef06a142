namespace ClinicalPortal.Domain.Measures;

/// <summary>Dependent items are asked only when <see cref="GateItem"/> was answered <see cref="GateValue"/>.</summary>
public sealed record SkipCondition(int GateItem, int GateValue, IReadOnlyList<int> DependentItems);
