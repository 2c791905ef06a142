namespace ClinicalPortal.Api.Endpoints;

/// <summary>Optional body of <c>POST /alerts/{id}/acknowledge</c>: the alert's <c>version</c> the caller saw.</summary>
public sealed record AcknowledgeAlertRequest(int? ExpectedVersion);
