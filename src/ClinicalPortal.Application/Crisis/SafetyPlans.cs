using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Crisis;

/// <summary>Reads safety plans: the latest version, or a given one.</summary>
public static class SafetyPlans
{
    public static Task<SafetyPlan?> LatestAsync(IPortalDbContext db, ClientId client, CancellationToken ct) =>
        db.SafetyPlans.AsNoTracking().Where(p => p.ClientId == client).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
}
