namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>PATCH /clients/{id}</c>: the fields to change; omitted (or null) fields stay as they are.</summary>
public sealed record UpdateClientRequest(string? GivenName, string? FamilyName, string? Email, string? Track, string? TimeZone);
