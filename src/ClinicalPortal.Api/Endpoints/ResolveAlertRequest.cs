namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>POST /alerts/{id}/resolve</c>: a disposition (ContactedSafe, SafetyPlanReviewed, EmergencyReferral,
/// UnableToReach, FalsePositive), a note, and for UnableToReach the follow-up time (ISO 8601 with an offset).
/// </summary>
public sealed record ResolveAlertRequest(string? Disposition, string? Note, string? FollowUpAt);
