using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Audit;

/// <summary>The facts of an audit record before it is stored.</summary>
public sealed record AuditEntry
{
    public required string Action { get; init; }
    public required AuditOutcome Outcome { get; init; }
    public OrganizationId? OrganizationId { get; init; }
    public UserId? ActorUserId { get; init; }
    public string? ActorClientApp { get; init; }
    public string? ResourceType { get; init; }
    public string? ResourceId { get; init; }
    public ClientId? SubjectClientId { get; init; }
    public string? IpAddress { get; init; }
    public string? RequestId { get; init; }
    public int? StatusCode { get; init; }
    public string? Purpose { get; init; }
    public string? Details { get; init; }
}
