namespace ClinicalPortal.Application.Measures;

/// <summary>The stored result, and whether this request replayed an earlier one with the same idempotency key.</summary>
public sealed record SubmittedAssessment(AssessmentResponse Assessment, bool Replayed);
