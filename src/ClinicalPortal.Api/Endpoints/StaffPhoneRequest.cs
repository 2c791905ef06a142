namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PUT /staff/{id}/phone</c>: the number with its country code, or "" to clear it.</summary>
public sealed record StaffPhoneRequest(string? Phone);
