using System.Text.Json;
using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Infrastructure.Hosting;

namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>
/// Reads the <c>risk.identified</c> rows that submissions wrote before alerts were raised inline (nobody read them
/// then): each raises its alert now, through an audited request of the escalation actor. Idempotent by assessment.
/// </summary>
public sealed class StoredRiskHandler(SystemRequests requests) : IOutboxHandler
{
    public string MessageType => OutboxMessage.RiskIdentifiedType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var stored = JsonSerializer.Deserialize<StoredRisk>(message.Payload) ?? throw new JsonException("Empty risk.identified payload.");
        var organization = message.OrganizationId ?? throw new InvalidOperationException("A risk.identified message names its organisation.");
        var result = await requests.SendAsync(
            SystemActors.Escalation, organization, $"outbox:{message.Id}", new RaiseAlertFromStoredRisk(stored.AssessmentId), cancellationToken);
        if (!result.IsSuccess)
        {
            // Refused (the assessment is not there): it fails, and in the end waits in the dead letters where an administrator sees it.
            throw new InvalidOperationException($"Raising the alert of a stored risk answer was refused ({result.Error!.Code}).");
        }
    }

    /// <summary>The part of the old payload this needs (it was written with default, PascalCase names).</summary>
    private sealed record StoredRisk(Guid AssessmentId);
}
