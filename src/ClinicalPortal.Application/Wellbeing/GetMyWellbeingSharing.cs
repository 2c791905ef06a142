using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Wellbeing;

/// <summary>Whether the caller shares their individual check-ins with their supervisor (no choice recorded: not shared).</summary>
public sealed record GetMyWellbeingSharing : IQuery<Result<WellbeingSharingResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "wellbeing.sharing_read";
    public static string AuditResourceType => "WellbeingSharing";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.CareStaff;
}

public sealed class GetMyWellbeingSharingHandler(IPortalDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyWellbeingSharing, Result<WellbeingSharingResponse>>
{
    public async ValueTask<Result<WellbeingSharingResponse>> Handle(GetMyWellbeingSharing query, CancellationToken ct)
    {
        var me = user.UserId!.Value;
        var sharing = await db.WellbeingSharings.AsNoTracking().FirstOrDefaultAsync(s => s.StaffId == me, ct);
        return new WellbeingSharingResponse(sharing?.SharesWithSupervisor ?? false, sharing?.ChangedAt);
    }
}
