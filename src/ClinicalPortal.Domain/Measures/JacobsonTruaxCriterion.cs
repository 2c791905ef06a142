namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Jacobson-Truax (1991): SE = SD * sqrt(1 - r); S_diff = sqrt(2) * SE; reliable when |diff / S_diff| &gt; 1.96, so the
/// smallest reliable difference is 1.96 * SD * sqrt(2) * sqrt(1 - r). Evaluated without square roots, exactly in
/// decimal: diff^2 &gt; 1.96^2 * 2 * SD^2 * (1 - r).
/// </summary>
/// <param name="StandardDeviation">SD of the scale in the reference sample.</param>
/// <param name="Reliability">Reliability coefficient r, of the kind given by <see cref="Kind"/>.</param>
/// <param name="Source">Where SD and r come from, and what of it was seen.</param>
/// <param name="Verified">False when SD or r could not be checked against the cited source; say why in <see cref="ReliableChangeCriterion.UnverifiedBecause"/>.</param>
public sealed record JacobsonTruaxCriterion(decimal StandardDeviation, decimal Reliability, string Source, bool Verified)
    : ReliableChangeCriterion(Source)
{
    public const decimal CriticalValue = 1.96m;

    /// <summary>Test-retest or internal consistency: only a test-retest figure can make the criterion verified.</summary>
    public required ReliabilityKind Kind { get; init; }

    public override bool IsVerified => Verified && Kind == ReliabilityKind.TestRetest;

    /// <summary>S_diff squared = 2 * SD^2 * (1 - r).</summary>
    public decimal SdiffSquared => 2m * StandardDeviation * StandardDeviation * (1m - Reliability);

    /// <summary>Smallest reliable |difference|, for display only (double precision).</summary>
    public double ApproximateThreshold => (double)CriticalValue * Math.Sqrt((double)SdiffSquared);


    public override bool IsReliable(decimal difference) =>
        difference * difference > CriticalValue * CriticalValue * SdiffSquared;
}
