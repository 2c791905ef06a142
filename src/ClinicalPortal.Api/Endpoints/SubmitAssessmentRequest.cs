namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /clients/{id}/assessments</c>: the instrument code and the raw answers in item order (null: not asked).</summary>
public sealed record SubmitAssessmentRequest(string? Instrument, IReadOnlyList<int?>? Answers);
