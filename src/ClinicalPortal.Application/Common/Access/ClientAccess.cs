using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Access;

/// <summary>
/// The one place that decides whose records a caller may reach. Every handler that touches a client
/// starts from <see cref="Reachable"/>; a record outside it is simply not found (404), so existence
/// does not leak across organisations or caseloads. Deny by default: an unknown role reaches nothing.
/// </summary>
public sealed class ClientAccess(IPortalDbContext db, ICurrentUser user)
{
    public IQueryable<Client> Reachable()
    {
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
}
