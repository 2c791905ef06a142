namespace ClinicalPortal.Domain.Measures;

/// <summary>Change on one scale between two administrations.</summary>
/// <param name="Difference">Now minus then.</param>
/// <param name="Reliable">Reliable improvement or deterioration by the scale's criterion, or None.</param>
/// <param name="ClinicallySignificant">Reliable AND crossed the caseness cut-off in the same direction.</param>
/// <param name="HasCriterion">False when the scale has no reliable-change criterion (then Reliable is always None).</param>
/// <param name="CriterionVerified">False when the criterion's figures are not verified (<see cref="ReliableChangeCriterion.IsVerified"/>).</param>
public sealed record ScaleChange(decimal Difference, ReliableChange Reliable, bool ClinicallySignificant, bool HasCriterion, bool CriterionVerified)
{
    /// <summary>
    /// The reliable change that may be claimed in words: <see cref="Reliable"/> on a verified criterion, None otherwise
    /// (a change beyond an unverified figure is stated as a change, never called reliable).
    /// </summary>
    public ReliableChange Claimable => CriterionVerified ? Reliable : ReliableChange.None;

    /// <summary>Clinically significant on a verified criterion only.</summary>
    public bool ClaimablySignificant => CriterionVerified && ClinicallySignificant;
}
