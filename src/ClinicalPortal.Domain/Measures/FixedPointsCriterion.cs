namespace ClinicalPortal.Domain.Measures;

/// <summary>Reliable when |difference| &gt;= <see cref="Points"/> (e.g. PHQ-9 6, GAD-7 4, WHO-5 10).</summary>
/// <param name="Points">The published figure.</param>
/// <param name="Source">Where the figure is published, and what of it was seen.</param>
/// <param name="Verified">False when the figure could not be checked against a published source; say why in <see cref="ReliableChangeCriterion.UnverifiedBecause"/>.</param>
public sealed record FixedPointsCriterion(decimal Points, string Source, bool Verified) : ReliableChangeCriterion(Source)
{
    public override bool IsVerified => Verified;


    public override bool IsReliable(decimal difference) => Math.Abs(difference) >= Points;
}
