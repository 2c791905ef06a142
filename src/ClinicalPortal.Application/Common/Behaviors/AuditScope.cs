using System.Text.Json;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>Per-request facts a handler adds to its audit event: which record, whose record, non-PHI details.</summary>
public sealed class AuditScope
{
    public string? ResourceId { get; private set; }

    public ClientId? SubjectClientId { get; private set; }

    public string? Details { get; private set; }

    public void Touch(string resourceId, ClientId? subjectClientId = null)
    {
        ResourceId = resourceId;
        SubjectClientId = subjectClientId ?? SubjectClientId;
    }

    public void Touch(ClientId clientId) => Touch(clientId.ToString(), clientId);

    /// <summary>
    /// Forgets the facts once their request's event is recorded: a page sends several requests in one scope (one HTTP
    /// request), and each event names only what its own request touched. Requests are never nested (no handler sends
    /// another), so the facts of one request are never those of an outer one.
    /// </summary>
    public void Reset()
    {
        ResourceId = null;
        SubjectClientId = null;
        Details = null;
    }

    /// <summary>Details must never hold health data: ids, counts and codes only.</summary>
    public void Describe(object details) => Details = JsonSerializer.Serialize(details, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
