namespace ClinicalPortal.Application.Measures;

/// <summary>Change of the total and of each subscale since one earlier result (the baseline or the previous one).</summary>
public sealed record ChangeSinceResponse(
    Guid AssessmentId,
    DateTimeOffset SubmittedAt,
    decimal? Difference,
    string Reliable,
    bool ClinicallySignificant,
    bool CriterionVerified,
    IReadOnlyDictionary<string, ScaleChangeResponse> Subscales);
