using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Crisis;

/// <summary>
/// The crisis lines a client sees: its own country if it has one, else its organisation's, with the organisation's
/// added lines; and when the care team is there, once the organisation has set its hours.
/// </summary>
public sealed class CrisisResourceLookup(IPortalDbContext db, IHealthTextProtector text)
{
    /// <summary>
    /// What a client in need is shown: their crisis lines with <paramref name="notice"/>, and their latest safety plan
    /// (if any, and if it can be read: a plan this server cannot decrypt never stops the lines or the alert).
    /// </summary>
    public async Task<HelpResponse> HelpAsync(ClientId clientId, string notice, CancellationToken ct)
    {
        var plan = await SafetyPlans.LatestAsync(db, clientId, ct);
        SafetyPlanResponse? readable = null;
        try
        {
            readable = plan is null ? null : SafetyPlanResponse.From(plan, text);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The lines are what matters now; the plan's absence is the clinician's to find on the alert.
        }

        return new HelpResponse(await ForClientAsync(clientId, notice, ct), readable);
    }

    public async Task<CrisisResourcesResponse> ForClientAsync(ClientId clientId, string notice, CancellationToken ct)
    {
        var where = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Join(db.Organizations, c => c.OrganizationId, o => o.Id, (c, o) => new { c.Country, Organization = o.Country, o.LocalCrisisLines, o.Coverage })
            .FirstAsync(ct);
        return CrisisResourcesResponse.For(where.Country ?? where.Organization, where.LocalCrisisLines, notice,
            where.Coverage is null ? null : OrganizationSettings.CoverageWords.ForClients(where.Coverage));
    }
}
