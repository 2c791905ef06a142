namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of a discharge or a deactivation: why, in a sentence (kept with the record, never in the audit trail).</summary>
public sealed record ReasonRequest(string? Reason);
