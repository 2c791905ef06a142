namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>POST /alerts/{id}/resolve</c>: the alert's <c>version</c> the decision was made on, a disposition
/// (ContactedSafe, SafetyPlanReviewed, EmergencyReferral, UnableToReach, FalsePositive), a note, and for UnableToReach
/// the channel tried (Phone, TextMessage, Email, VideoCall, InPerson) and the follow-up time (ISO 8601 with an offset);
/// to close a High or Imminent alert, the <c>riskAssessment</c>.
/// </summary>
public sealed record ResolveAlertRequest(
    string? Disposition, string? Note, string? FollowUpAt, int? ExpectedVersion = null, string? Channel = null,
    ClinicalPortal.Application.Alerts.RiskAssessmentInput? RiskAssessment = null);
