namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>POST /alerts/{id}/contacts</c>: how the client was contacted or tried (Phone, TextMessage, Email, VideoCall,
/// InPerson), whether they were reached, and an optional note.
/// </summary>
public sealed record AlertContactRequest(string? Channel, bool? Reached, string? Note);
