namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// A text message: the number in E.164 form and a short text of ids and links only, never health data or names.
/// <see cref="IdempotencyKey"/> is the outbox message's id, so a retry of the same message is the same text to the provider.
/// </summary>
public sealed record SmsMessage(string To, string Text, string IdempotencyKey);
