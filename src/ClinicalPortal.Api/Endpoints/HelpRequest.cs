namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /me/crisis</c>: an optional message to the care team (the request is sent without one too).</summary>
public sealed record HelpRequest(string? Message);
