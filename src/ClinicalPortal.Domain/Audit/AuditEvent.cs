using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Audit;

/// <summary>
/// One append-only audit record: who, what, when, where, outcome and why, never the health data itself.
/// Rows are sealed into a per-organisation hash chain after insert (see <see cref="AuditChain"/>);
/// the database refuses any other update and every delete.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
        Action = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>Null for events that cannot be tied to an organisation (e.g. a login with an unknown e-mail).</summary>
    public OrganizationId? OrganizationId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public UserId? ActorUserId { get; private set; }

    /// <summary>The OAuth client (application) the actor used.</summary>
    public string? ActorClientApp { get; private set; }

    /// <summary>What happened, e.g. <c>client.read</c>, <c>auth.login</c>.</summary>
    public string Action { get; private set; }

    public string? ResourceType { get; private set; }

    public string? ResourceId { get; private set; }

    /// <summary>The client whose record was touched, when there is one.</summary>
    public ClientId? SubjectClientId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? RequestId { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public int? StatusCode { get; private set; }

    /// <summary>Purpose of use when given (e.g. TREATMENT), from the <c>X-Purpose-Of-Use</c> header.</summary>
    public string? Purpose { get; private set; }

    /// <summary>Non-PHI metadata as JSON (counts, ids, a reason code).</summary>
    public string? Details { get; private set; }

    public long? ChainSequence { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public DateTimeOffset? SealedAt { get; private set; }

    public static AuditEvent Record(AuditEntry entry, DateTimeOffset now) => new()
    {
        OrganizationId = entry.OrganizationId,
        // Stored as read back, so the value hashed is the value kept.
        OccurredAt = now.ToStoredPrecision(),
        ActorUserId = entry.ActorUserId,
        ActorClientApp = Truncate(entry.ActorClientApp, 200),
        Action = entry.Action,
        ResourceType = entry.ResourceType,
        ResourceId = Truncate(entry.ResourceId, 200),
        SubjectClientId = entry.SubjectClientId,
        IpAddress = Truncate(entry.IpAddress, 64),
        RequestId = Truncate(entry.RequestId, 128),
        Outcome = entry.Outcome,
        StatusCode = entry.StatusCode,
        Purpose = Truncate(entry.Purpose, 64),
        Details = entry.Details,
    };

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
