namespace ClinicalPortal.Api.Endpoints;

/// <summary>
/// Body of <c>POST /alerts/{id}/contacts</c>: how the client was contacted or tried (Phone, TextMessage, Email, VideoCall,
/// InPerson), whether they were reached, an optional note, and the alert's version the caller decided on (a contact on
/// an open alert acknowledges it, so a stale one is refused as an acknowledgement is).
/// </summary>
public sealed record AlertContactRequest(string? Channel, bool? Reached, string? Note, int? ExpectedVersion = null);
