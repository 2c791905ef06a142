using System.Text.Json;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// A message to handle after the transaction that produced it commits. Stored in the same transaction, so it is
/// never lost; claimed by a dispatcher on any app instance with a lease (<see cref="LockedUntil"/>,
/// <see cref="ClaimToken"/>), handled outside that claim's statement, then marked done, retried with back-off, or
/// moved to the dead letters after too many failures. A <see cref="DedupKey"/> makes a second message of the same
/// type and key impossible (one e-mail per alert, round and recipient).
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
    }

    public Guid Id { get; private set; }

    public OrganizationId? OrganizationId { get; private set; }

    public string Type { get; private set; }

    /// <summary>JSON. Wiped when handled if its type says so (<see cref="PayloadRetention.WipeWhenDone"/>).</summary>
    public string Payload { get; private set; }

    public string? DedupKey { get; private set; }

    public OutboxStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not handled before this (a failed attempt moves it on by the back-off).</summary>
    public DateTimeOffset AvailableAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When it was handled (or moved to the dead letters).</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>The type of the last failure (never its message: an SMTP reply can quote the address).</summary>
    public string? LastError { get; private set; }

    /// <summary>Until when a dispatcher holds the claim; after it, another may take the message.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The claim a dispatcher marks the outcome with: a claim that ran out and was taken over marks nothing.</summary>
    public Guid? ClaimToken { get; private set; }

    public const string EmailType = "email";

    /// <summary>
    /// Written by submissions before crisis escalation raised alerts inline (ids and tiers only). Still handled, so
    /// that a risk answer stored by an earlier version is never left unread: its handler raises the alert.
    /// </summary>
    public const string RiskIdentifiedType = "risk.identified";

    /// <summary>A message to handle from <paramref name="availableAt"/> (default: now): the outbox is also a durable timer.</summary>
    public static OutboxMessage Create(
        OrganizationId? organizationId, string type, string payload, DateTimeOffset now, string? dedupKey = null, DateTimeOffset? availableAt = null) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Type = type,
        Payload = payload,
        DedupKey = dedupKey,
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        AvailableAt = availableAt ?? now,
    };

    public static OutboxMessage Email(OrganizationId? organizationId, EmailMessage message, DateTimeOffset now) =>
        Create(organizationId, EmailType, JsonSerializer.Serialize(message), now);

    public EmailMessage ReadEmail() =>
        JsonSerializer.Deserialize<EmailMessage>(Payload) ?? throw new InvalidOperationException("Empty e-mail payload.");

    /// <summary>The payload as its handler's type (ids only: the payload is not health data).</summary>
    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload) ?? throw new InvalidOperationException($"Empty {Type} payload.");
}
