using System.Globalization;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>The coverage (staff may read it; null until an administrator sets it).</summary>
public sealed record GetCoverage : IQuery<Result<CoverageResponse?>>, IAudited, IAuthorized
{
    public static string AuditAction => "coverage.read";
    public static string AuditResourceType => "Organization";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class GetCoverageHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit) : IQueryHandler<GetCoverage, Result<CoverageResponse?>>
{
    public async ValueTask<Result<CoverageResponse?>> Handle(GetCoverage query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        audit.Touch(org.ToString());
        var coverage = await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.Coverage).FirstAsync(ct);
        return coverage is null ? (CoverageResponse?)null : CoverageResponse.From(coverage);
    }
}
