using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// The homework review flags not yet reviewed, of the clients the caller reaches (a clinician: their caseload), oldest
/// first, each with its reasons (a rating of 9 or 10; a rise of 3 or more from before to after).
/// </summary>
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
        var rows = await db.HomeworkTasks.AsNoTracking()
            .Where(t => t.ReviewFlaggedAt != null && t.ReviewedAt == null)
            .Where(t => access.Reachable().Any(c => c.Id == t.ClientId))
            .OrderBy(t => t.ReviewFlaggedAt).ThenBy(t => t.Id)
            .Take(Limit)
            .Select(t => new
            {
                Id = t.Id.Value, ClientId = t.ClientId.Value, t.Date, ModuleId = t.ModuleId.Value, t.DistressBefore, t.DistressAfter,
                FlaggedAt = t.ReviewFlaggedAt!.Value, t.ReviewedAt, ReviewedBy = t.ReviewedBy == null ? (Guid?)null : t.ReviewedBy.Value.Value,
            })
            .ToListAsync(ct);
        var flags = rows.Select(t => ReviewFlagResponse.Of(
            t.Id, t.ClientId, t.Date, t.ModuleId, t.DistressBefore, t.DistressAfter, t.FlaggedAt, t.ReviewedAt, t.ReviewedBy)).ToList();
        audit.Describe(new { count = flags.Count, clients = flags.Select(f => f.ClientId).Distinct().ToList() });
        return flags;
    }
}
