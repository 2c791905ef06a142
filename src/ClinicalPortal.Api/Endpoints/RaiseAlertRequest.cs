namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /clients/{id}/alerts</c>: the tier (Elevated, High, Imminent) and why, in the clinician's words.</summary>
public sealed record RaiseAlertRequest(string? Tier, string? Reason);
