using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>A clinician's caseload, a supervisor's team, an administrator's organisation.</summary>
public sealed record ListClients(int Limit = 100, int Offset = 0) : IQuery<Result<IReadOnlyList<ClientResponse>>>, IAudited
{
    public static string AuditAction => "client.list";
    public static string AuditResourceType => "Client";
}

public sealed class ListClientsValidator : AbstractValidator<ListClients>
{
    public ListClientsValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 500);
        RuleFor(x => x.Offset).GreaterThanOrEqualTo(0);
    }
}

public sealed class ListClientsHandler(ClientAccess access, ICurrentUser user, AuditScope audit)
    : IQueryHandler<ListClients, Result<IReadOnlyList<ClientResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ClientResponse>>> Handle(ListClients query, CancellationToken ct)
    {
        if (user.Role is not (Role.Clinician or Role.Supervisor or Role.OrgAdmin))
        {
            return Error.Forbidden("Clients cannot list clients.");
        }

        var clients = await access.Reachable().AsNoTracking()
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip(query.Offset).Take(query.Limit)
            .Select(ClientResponse.Projection)
            .ToListAsync(ct);
        // Which records were disclosed, by id only.
        audit.Describe(new { count = clients.Count, clientIds = clients.Select(c => c.Id) });
        return clients;
    }
}
