using ClinicalPortal.Domain.Audit;

namespace ClinicalPortal.Application.Audit;

public sealed record AuditEventResponse(
    long Id,
    DateTimeOffset OccurredAt,
    Guid? ActorUserId,
    string? ActorClientApp,
    string Action,
    string? ResourceType,
    string? ResourceId,
    Guid? ClientId,
    string? IpAddress,
    string? RequestId,
    AuditOutcome Outcome,
    int? StatusCode,
    string? Purpose,
    string? Details,
    long? ChainSequence,
    string? Hash);
