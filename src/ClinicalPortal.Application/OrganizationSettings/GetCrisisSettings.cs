using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>The organisation's crisis-line settings: its country, that country's national lines, and its own added lines.</summary>
public sealed record GetCrisisSettings : IQuery<Result<CrisisSettingsResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "crisis_settings.read";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetCrisisSettingsHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<GetCrisisSettings, Result<CrisisSettingsResponse>>
{
    public async ValueTask<Result<CrisisSettingsResponse>> Handle(GetCrisisSettings query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var settings = await db.Organizations.AsNoTracking().Where(o => o.Id == org)
            .Select(o => new { o.Country, o.LocalCrisisLines }).FirstAsync(ct);
        return Respond(settings.Country, settings.LocalCrisisLines);
    }

    public static CrisisSettingsResponse Respond(string country, IReadOnlyList<CrisisLine> local) => new(
        country,
        CrisisLines.SupportedCountries.Order(StringComparer.Ordinal).ToList(),
        CrisisLines.For(country).Select(CrisisLineResponse.From).ToList(),
        local.Select(CrisisLineResponse.From).ToList());
}
