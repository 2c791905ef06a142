namespace ClinicalPortal.Application.Outbox;

/// <summary>A message that failed too often: its type, when it was written, how often it failed and the type of the last failure (never its payload).</summary>
public sealed record DeadLetterResponse(Guid Id, string Type, DateTimeOffset CreatedAt, int Attempts, string? LastError, DateTimeOffset? DeadSince);
