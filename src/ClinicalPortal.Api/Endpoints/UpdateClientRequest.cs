namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>PATCH /clients/{id}</c>: the fields to change; omitted (or null) fields stay as they are. <c>country</c>:
/// the client's own country for crisis lines (ISO 3166-1 alpha-2), or "" to use the organisation's again.
/// </summary>
public sealed record UpdateClientRequest(string? GivenName, string? FamilyName, string? Email, string? Track, string? TimeZone, string? Country = null);
