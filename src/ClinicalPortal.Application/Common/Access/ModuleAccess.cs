using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Common.Access;

/// <summary>
/// Which modules a caller sees: the built-in library (every organisation's) and its own organisation's modules, whatever
/// its role (clients follow them). Another organisation's module is not found (404), so existence does not leak. Deny by
/// default: a caller without an organisation sees none. Which roles may write a module is the request's own rule.
/// </summary>
public sealed class ModuleAccess(IPortalDbContext db, ICurrentUser user)
{
    public static readonly Error NotFound = Error.NotFound("Module");

    public IQueryable<Module> Visible() =>
        user.OrganizationId is { } org
            ? db.Modules.Where(m => m.OrganizationId == null || m.OrganizationId == org)
            : db.Modules.Where(_ => false);
}
