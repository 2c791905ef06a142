using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Clients;

/// <summary>
/// A clinician's caseload, a supervisor's team, an administrator's organisation: active clients by default, or the
/// discharged ones (<c>status=discharged</c>). Paging values arrive as text so a bad one is a 400 naming it.
/// </summary>
public sealed record ListClients(string? Limit = null, string? Offset = null, string? Status = null)
    : IQuery<Result<IReadOnlyList<ClientResponse>>>, IAudited, IAuthorized
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static string AuditAction => "client.list";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Staff;
}

public sealed class ListClientsValidator : AbstractValidator<ListClients>
{
    public ListClientsValidator()
    {
        RuleFor(x => x.Limit).PageLimit(ListClients.MaxLimit);
        RuleFor(x => x.Offset).PageOffset();
        RuleFor(x => x.Status).Must(v => v is "active" or "discharged").When(x => x.Status is not null)
            .WithMessage("'status' must be active or discharged.");
    }
}

public sealed class ListClientsHandler(ClientAccess access, AuditScope audit)
    : IQueryHandler<ListClients, Result<IReadOnlyList<ClientResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ClientResponse>>> Handle(ListClients query, CancellationToken ct)
    {
        var status = query.Status == "discharged" ? ClientStatus.Discharged : ClientStatus.Active;
        var clients = await access.Reachable().AsNoTracking()
            .Where(c => c.Status == status)
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
            .Skip(Rules.ParseInt(query.Offset, 0)).Take(Rules.ParseInt(query.Limit, ListClients.DefaultLimit))
            .Select(ClientResponse.Projection)
            .ToListAsync(ct);
        // Which records were disclosed, by id only.
        audit.Describe(new { count = clients.Count, status = status.ToString(), clientIds = clients.Select(c => c.Id) });
        return clients;
    }
}
