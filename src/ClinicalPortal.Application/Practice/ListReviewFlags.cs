using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>The homework review flags not yet reviewed, of the clients the caller reaches (a clinician: their caseload), oldest first.</summary>
public sealed record ListReviewFlags : IQuery<Result<IReadOnlyList<ReviewFlagResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "homework.review_flags";
    public static string AuditResourceType => "HomeworkTask";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ListReviewFlagsHandler(IPortalDbContext db, ClientAccess access, AuditScope audit)
    : IQueryHandler<ListReviewFlags, Result<IReadOnlyList<ReviewFlagResponse>>>
{
    public const int Limit = 200;

    public async ValueTask<Result<IReadOnlyList<ReviewFlagResponse>>> Handle(ListReviewFlags query, CancellationToken ct)
    {
        var flags = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ReviewFlaggedAt != null && t.ReviewedAt == null)
            .Where(t => access.Reachable().Any(c => c.Id == t.ClientId))
            .OrderBy(t => t.ReviewFlaggedAt).ThenBy(t => t.Id)
            .Take(Limit)
            .Select(t => new ReviewFlagResponse(
                t.Id.Value, t.ClientId.Value, t.Date, t.ModuleId.Value, t.DistressBefore, t.DistressAfter, t.ReviewFlaggedAt!.Value, t.ReviewedAt,
                t.ReviewedBy == null ? null : t.ReviewedBy.Value.Value))
            .ToListAsync(ct);
        audit.Describe(new { count = flags.Count, clients = flags.Select(f => f.ClientId).Distinct().ToList() });
        return flags;
    }
}
