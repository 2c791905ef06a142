namespace ClinicalPortal.Domain.Measures;

/// <summary>Reliable when |difference| &gt;= <see cref="Points"/> (e.g. PHQ-9 6, GAD-7 4, WHO-5 10).</summary>
public sealed record FixedPointsCriterion(decimal Points, string Source) : ReliableChangeCriterion(Source)
{
    public override bool IsReliable(decimal difference) => Math.Abs(difference) >= Points;
}
