namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Jacobson-Truax: SE = SD * sqrt(1 - r); S_diff = sqrt(2) * SE; reliable when |diff / S_diff| &gt; 1.96.
/// Evaluated without square roots, exactly in decimal: diff^2 &gt; 1.96^2 * 2 * SD^2 * (1 - r).
/// </summary>
/// <param name="StandardDeviation">SD of the scale in the reference sample.</param>
/// <param name="Reliability">Reliability coefficient r (internal consistency or test-retest, as stated in the source).</param>
/// <param name="Source">Where SD and r come from.</param>
/// <param name="Verified">False when the figure could not be checked against the cited source; see docs/clinical/instruments.md.</param>
public sealed record JacobsonTruaxCriterion(decimal StandardDeviation, decimal Reliability, string Source, bool Verified)
    : ReliableChangeCriterion(Source)
{
    public const decimal CriticalValue = 1.96m;

    public override bool IsVerified => Verified;

    /// <summary>S_diff squared = 2 * SD^2 * (1 - r).</summary>
    public decimal SdiffSquared => 2m * StandardDeviation * StandardDeviation * (1m - Reliability);

    /// <summary>Smallest reliable |difference|, for display only (double precision).</summary>
    public double ApproximateThreshold => (double)CriticalValue * Math.Sqrt((double)SdiffSquared);

    public override bool IsReliable(decimal difference) =>
        difference * difference > CriticalValue * CriticalValue * SdiffSquared;
}
