using System.Text.Json;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// A message to deliver after the transaction that produced it commits. Stored in the same
/// transaction, so it is never lost; delivered by a dispatcher that any app instance may run.
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

    /// <summary>JSON. Cleared once delivered when it holds a secret such as an invitation link.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset AvailableAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public const string EmailType = "email";

    /// <summary>
    /// Answers carried a risk flag. Written in the same transaction as the answers, so the crisis-escalation
    /// workflow (which consumes this type) can never miss one. The payload holds ids and tiers only.
    /// </summary>
    public const string RiskIdentifiedType = "risk.identified";

    public static OutboxMessage RiskIdentified(OrganizationId organizationId, RiskIdentified risk, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Type = RiskIdentifiedType,
        Payload = JsonSerializer.Serialize(risk),
        CreatedAt = now,
        AvailableAt = now,
    };

    public static OutboxMessage Email(OrganizationId? organizationId, EmailMessage message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        Type = EmailType,
        Payload = JsonSerializer.Serialize(message),
        CreatedAt = now,
        AvailableAt = now,
    };

    public EmailMessage ReadEmail() =>
        JsonSerializer.Deserialize<EmailMessage>(Payload) ?? throw new InvalidOperationException("Empty e-mail payload.");

    public void MarkDelivered(DateTimeOffset now)
    {
        DeliveredAt = now;
        LastError = null;
        Payload = "{}";
    }

    /// <summary>Backs off exponentially (capped at one hour) so a mail server outage does not spin.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(Attempts, 12))));
        AvailableAt = now + delay;
    }
}
