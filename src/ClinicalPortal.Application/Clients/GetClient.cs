using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

public sealed record GetClient(Guid ClientId) : IQuery<Result<ClientResponse>>, IAudited
{
    public static string AuditAction => "client.read";
    public static string AuditResourceType => "Client";
}

public sealed class GetClientHandler(ClientAccess access, AuditScope audit)
    : IQueryHandler<GetClient, Result<ClientResponse>>
{
    public async ValueTask<Result<ClientResponse>> Handle(GetClient query, CancellationToken ct)
    {
        var id = new ClientId(query.ClientId);
        audit.Touch(id);
        var client = await access.Reachable().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(ClientResponse.Projection)
            .FirstOrDefaultAsync(ct);
        return client is null ? Error.NotFound("Client") : client;
    }
}
