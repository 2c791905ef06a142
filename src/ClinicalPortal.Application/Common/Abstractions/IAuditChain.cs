using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

public sealed record AuditVerification(
    Guid? OrganizationId, long EventsChecked, bool Valid, long? BrokenAtSequence, long? BrokenEventId, string? Problem);

/// <summary>Seals new audit events into their organisation's hash chain and checks a chain end to end.</summary>
public interface IAuditChain
{
    /// <summary>Seals every event not yet sealed; safe to call from several instances at once.</summary>
    Task<int> SealPendingAsync(CancellationToken cancellationToken);

    /// <summary>Seals what is pending, then recomputes the chain of one organisation (null: events with no organisation).</summary>
    Task<AuditVerification> VerifyAsync(OrganizationId? organizationId, CancellationToken cancellationToken);
}

/// <summary>Writes an audit event outside a mediator request (logins, token issue, denials before a handler runs).</summary>
public interface IAuditTrail
{
    Task RecordAsync(Domain.Audit.AuditEntry entry, CancellationToken cancellationToken);
}
