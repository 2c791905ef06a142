namespace ClinicalPortal.Api.Endpoints;

/// <summary>Body of <c>POST /alerts/{id}/notes</c>.</summary>
public sealed record NoteRequest(string? Text);
