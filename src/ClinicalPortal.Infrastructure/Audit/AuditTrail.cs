using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Infrastructure.Audit;

/// <summary>Records an audit event in its own unit of work, independent of whatever the request's context holds.</summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.AuditEvents.Add(AuditEvent.Record(entry, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
