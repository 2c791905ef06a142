using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Common.Access;

/// <summary>
/// The one place that decides whose records a caller may reach. Every handler that touches a client starts from
/// <see cref="FindAsync"/> or <see cref="Reachable"/>; a record outside it is simply not found (404), so existence
/// does not leak across organisations or caseloads. Deny by default: an unknown role reaches nothing. Which roles
/// may send a request at all is decided before this, by the request's <c>AllowedRoles</c> (403 whatever the record).
/// </summary>
public sealed class ClientAccess(IPortalDbContext db, ICurrentUser user, AuditScope audit)
{
    public static readonly Error NotFound = Error.NotFound("Client");

    public IQueryable<Client> Reachable()
    {
        // A system actor acts for one organisation (the authorization behaviour admitted it for this request only).
        if (user.SystemActor is not null && user.OrganizationId is { } acting)
        {
            return db.Clients.Where(c => c.OrganizationId == acting);
        }

        if (user.UserId is not { } me || user.OrganizationId is not { } org || user.Role is not { } role)
        {
            return db.Clients.Where(_ => false);
        }

        var inOrganization = db.Clients.Where(c => c.OrganizationId == org);
        return role switch
        {
            Role.OrgAdmin => inOrganization,
            Role.Clinician => inOrganization.Where(c => c.ClinicianId == me),
            Role.Supervisor => inOrganization.Where(c =>
                c.ClinicianId == me ||
                db.Staff.Any(s => s.Id == c.ClinicianId && s.OrganizationId == org && s.SupervisorId == me)),
            Role.Client => inOrganization.Where(c => c.UserId == me),
            _ => db.Clients.Where(_ => false),
        };
    }

    /// <summary>
    /// The client, tracked for changes, when the caller reaches it; otherwise <see cref="NotFound"/>. Either way the
    /// request's audit event names the client asked for.
    /// </summary>
    public async Task<Result<Client>> FindAsync(Guid clientId, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        audit.Touch(id);
        var client = await Reachable().FirstOrDefaultAsync(c => c.Id == id, ct);
        return client is null ? NotFound : client;
    }

    /// <summary>A client's own record (the caller is the client), named in the audit event; null for anyone else.</summary>
    public async Task<ClientId?> OwnRecordAsync(CancellationToken ct)
    {
        var id = user.Role == Role.Client
            ? await Reachable().AsNoTracking().Select(c => (ClientId?)c.Id).FirstOrDefaultAsync(ct)
            : null;
        if (id is { } found)
        {
            audit.Touch(found);
        }

        return id;
    }

    /// <summary>
    /// Minimum necessary for free text (what the client wrote, the plan's goals and notes, alert notes): a supervisor
    /// sees figures, not text, unless the client is on their own caseload; everyone else who reaches the client reads it.
    /// </summary>
    public bool ReadsFreeText(UserId clinicianOfClient) => user.Role != Role.Supervisor || clinicianOfClient == user.UserId;

    /// <summary>Whether the caller reaches the client (for reads that need nothing of the record itself).</summary>
    public async Task<Result<ClientId>> CheckAsync(Guid clientId, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        audit.Touch(id);
        return await Reachable().AnyAsync(c => c.Id == id, ct) ? id : NotFound;
    }
}
