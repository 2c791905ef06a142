namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /alerts/{id}/cosign</c>: the version decided on and a note.</summary>
public sealed record CosignAlertRequest(string? Note, int? ExpectedVersion);
