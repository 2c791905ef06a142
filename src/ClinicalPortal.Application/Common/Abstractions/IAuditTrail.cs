namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Writes an audit event outside a mediator request (logins, token issue, denials before a handler runs).</summary>
public interface IAuditTrail
{
    Task RecordAsync(Domain.Audit.AuditEntry entry, CancellationToken cancellationToken);
}
