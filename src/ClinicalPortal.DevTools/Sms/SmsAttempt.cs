namespace ClinicalPortal.DevTools.Sms;

/// <summary>One request the SMS catcher answered: its idempotency key and the status it answered (retries show here twice).</summary>
public sealed record SmsAttempt(DateTimeOffset At, string? IdempotencyKey, int Status);
