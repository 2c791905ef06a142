namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /clients</c>. Fields are text so that a bad value is a 400 naming the field.</summary>
public sealed record CreateClientRequest(
    string? GivenName, string? FamilyName, string? DateOfBirth, string? Email, string? Track, string? TimeZone, Guid? ClinicianId);
