using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, Role Role, Guid OrganizationId, Guid? ClientId);

public sealed record GetMe : IQuery<Result<MeResponse>>, IAudited
{
    public static string AuditAction => "me.read";
    public static string AuditResourceType => "User";
}

public sealed class GetMeHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit)
    : IQueryHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me || user.OrganizationId is not { } org || user.Role is not { } role)
        {
            return Error.NotFound("User");
        }

        audit.Touch(me.ToString());
        if (role == Role.Client)
        {
            var client = await db.Clients.AsNoTracking()
                .Where(c => c.UserId == me && c.OrganizationId == org)
                .Select(c => new MeResponse(
                    me.Value, c.Email, c.GivenName + " " + c.FamilyName, Role.Client, org.Value, c.Id.Value))
                .FirstOrDefaultAsync(cancellationToken);
            if (client is not null)
            {
                audit.Touch(me.ToString(), new ClientId(client.ClientId!.Value));
            }

            return client is null ? Error.NotFound("User") : client;
        }

        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.Id == me && s.OrganizationId == org)
            .Select(s => new MeResponse(me.Value, s.Email, s.DisplayName, s.Role, org.Value, null))
            .FirstOrDefaultAsync(cancellationToken);
        return staff is null ? Error.NotFound("User") : staff;
    }
}
