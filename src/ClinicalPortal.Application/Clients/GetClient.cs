using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// One client within the caller's reach (a client reaches only its own record), discharged or not, with how to reach
/// them in a crisis (their phone and emergency contact, decrypted for the reader).
/// </summary>
public sealed record GetClient(Guid ClientId) : IQuery<Result<ClientResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "client.read";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Everyone;
}

public sealed class GetClientHandler(ClientAccess access, IHealthTextProtector text, AuditScope audit) : IQueryHandler<GetClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(GetClient query, CancellationToken ct)
    {
        var id = new ClientId(query.ClientId);
        audit.Touch(id);
        var client = await access.Reachable().AsNoTracking().Where(c => c.Id == id).FirstOrDefaultAsync(ct);
        return client is null
            ? ClientAccess.NotFound
            : ClientResponse.From(client) with { Contact = ClientContactResponse.Read(text, client.PhoneProtected, client.EmergencyContactProtected) };
    }
}
