namespace ClinicalPortal.Domain.Measures;

/// <summary>The raw answer to <see cref="ItemNumber"/> is one of <see cref="Values"/>.</summary>
public sealed record RiskCondition(int ItemNumber, IReadOnlyList<int> Values);
