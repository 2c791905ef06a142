namespace ClinicalPortal.Application.Measures;

/// <summary>
/// <see cref="CriterionVerified"/> is false when the reliable-change figures of the scale (SD, reliability) could not be
/// verified against their published source: show the judgement with that caveat (docs/clinical/instruments.md).
/// </summary>
public sealed record ScaleChangeResponse(decimal? Difference, string Reliable, bool ClinicallySignificant, bool HasCriterion, bool CriterionVerified);
