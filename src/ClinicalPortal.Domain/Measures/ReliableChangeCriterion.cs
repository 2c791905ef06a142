namespace ClinicalPortal.Domain.Measures;

/// <summary>How a change between two scores on one scale is judged reliable.</summary>
public abstract record ReliableChangeCriterion(string Source)
{
    /// <summary>True when the absolute difference counts as reliable change.</summary>
    public abstract bool IsReliable(decimal difference);

    /// <summary>False when the figures behind the criterion (e.g. an SD or a reliability) could not be checked against their source.</summary>
    public virtual bool IsVerified => true;
}

/// <summary>Reliable when |difference| &gt;= <see cref="Points"/> (e.g. PHQ-9 6, GAD-7 4, WHO-5 10).</summary>
public sealed record FixedPointsCriterion(decimal Points, string Source) : ReliableChangeCriterion(Source)
{
    public override bool IsReliable(decimal difference) => Math.Abs(difference) >= Points;
}

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
