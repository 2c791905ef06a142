namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>PATCH /clients/{id}</c>: the fields to change; omitted (or null) fields stay as they are. <c>country</c>:
/// the client's own country for crisis lines (ISO 3166-1 alpha-2), or "" to use the organisation's again. <c>phone</c>
/// ("" clears it) and <c>emergencyContact { name, phone, relationship }</c> (all empty clears it): how responders reach
/// the client in a crisis, encrypted at rest.
/// </summary>
public sealed record UpdateClientRequest(
    string? GivenName, string? FamilyName, string? Email, string? Track, string? TimeZone, string? Country = null, string? Phone = null,
    ClinicalPortal.Application.Clients.EmergencyContactInput? EmergencyContact = null);
