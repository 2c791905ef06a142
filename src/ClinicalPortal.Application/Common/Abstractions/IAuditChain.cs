using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Seals new audit events into their organisation's hash chain and checks a chain end to end.</summary>
public interface IAuditChain
{
    /// <summary>Seals every event not yet sealed; safe to call from several instances at once.</summary>
    Task<int> SealPendingAsync(CancellationToken cancellationToken);

    /// <summary>Recomputes the sealed chain of one organisation (null: events with no organisation); reads only, seals nothing.</summary>
    Task<AuditVerification> VerifyAsync(OrganizationId? organizationId, CancellationToken cancellationToken);
}
