using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

/// <summary>The signed-in person: who they are, their role, their organisation (with its name) and, for a client, their record.</summary>
public sealed record GetMe : IQuery<Result<MeResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "me.read";
    public static string AuditResourceType => "User";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class GetMeHandler(IPortalDbContext db, ICurrentUser user, AuditScope audit) : IQueryHandler<GetMe, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var (me, org) = (user.UserId!.Value, user.OrganizationId!.Value);
        audit.Touch(me.ToString());
        if (user.Role == Role.Client)
        {
            var client = await db.Clients.AsNoTracking()
                .Where(c => c.UserId == me && c.OrganizationId == org)
                .Select(c => new MeResponse(
                    me.Value, c.Email, c.GivenName + " " + c.FamilyName, Role.Client, org.Value,
                    db.Organizations.Where(o => o.Id == org).Select(o => o.Name).First(), c.Id.Value))
                .FirstOrDefaultAsync(cancellationToken);
            if (client is not null)
            {
                audit.Touch(me.ToString(), new ClientId(client.ClientId!.Value));
            }

            return client is null ? Error.NotFound("User") : client;
        }

        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.Id == me && s.OrganizationId == org)
            .Select(s => new MeResponse(
                me.Value, s.Email, s.DisplayName, s.Role, org.Value,
                db.Organizations.Where(o => o.Id == org).Select(o => o.Name).First(), null))
            .FirstOrDefaultAsync(cancellationToken);
        return staff is null ? Error.NotFound("User") : staff;
    }
}
