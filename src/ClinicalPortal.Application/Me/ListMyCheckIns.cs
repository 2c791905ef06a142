using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

/// <summary>The client's check-ins that are due and not answered yet, oldest first (the home page shows them first).</summary>
public sealed record ListMyCheckIns : IQuery<Result<IReadOnlyList<CheckInResponse>>>, IAudited, IAuthorized
{
    public static string AuditAction => "check_in.list";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class ListMyCheckInsHandler(IPortalDbContext db, ClientAccess access, AuditScope audit, TimeProvider clock)
    : IQueryHandler<ListMyCheckIns, Result<IReadOnlyList<CheckInResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<CheckInResponse>>> Handle(ListMyCheckIns query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } id)
        {
            return ClientAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        var due = await db.CaringContacts.AsNoTracking()
            .Where(c => c.ClientId == id && c.Kind == CaringContactKind.CheckIn && c.Answer == null && c.DueAt <= now)
            .OrderBy(c => c.DueAt).ToListAsync(ct);
        audit.Touch(id.ToString(), id);
        return due.Select(CheckInResponse.From).ToList();
    }
}
