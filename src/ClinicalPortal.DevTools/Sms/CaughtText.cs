namespace ClinicalPortal.DevTools.Sms;

/// <summary>A text the SMS catcher accepted, with the idempotency key it came with (one text per key).</summary>
public sealed record CaughtText(string Id, DateTimeOffset ReceivedAt, string From, string To, string Text, string IdempotencyKey);
