namespace ClinicalPortal.Application.Alerts;

/// <summary>
/// The text message of one round to one person (Imminent alerts): <see cref="State"/> is <c>Queued</c>, <c>Sent</c>,
/// <c>NoPhone</c> (no phone number on file: this person was not texted) or <c>NotNeeded</c>; <see cref="At"/> when it
/// was settled. The number is never shown here.
/// </summary>
public sealed record AlertTextResponse(int Round, Guid RecipientId, string? RecipientName, string State, DateTimeOffset? At);
