namespace ClinicalPortal.Domain.Measures;

/// <summary>Change on one scale between two administrations.</summary>
/// <param name="Difference">Now minus then.</param>
/// <param name="Reliable">Reliable improvement or deterioration, or None.</param>
/// <param name="ClinicallySignificant">Reliable AND crossed the caseness cut-off in the same direction.</param>
/// <param name="HasCriterion">False when the scale has no reliable-change criterion (then Reliable is always None).</param>
public sealed record ScaleChange(decimal Difference, ReliableChange Reliable, bool ClinicallySignificant, bool HasCriterion);
