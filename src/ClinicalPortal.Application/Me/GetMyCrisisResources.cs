using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Me;

/// <summary>The client's crisis lines (their country's, with the organisation's own) and their safety plan, at any time.</summary>
public sealed record GetMyCrisisResources : IQuery<Result<HelpResponse>>, IAudited, IAuthorized
{
    public static string AuditAction => "crisis.resources_read";
    public static string AuditResourceType => "Client";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Clients;
}

public sealed class GetMyCrisisResourcesHandler(ClientAccess access, CrisisResourceLookup crisis)
    : IQueryHandler<GetMyCrisisResources, Result<HelpResponse>>
{
    public async ValueTask<Result<HelpResponse>> Handle(GetMyCrisisResources query, CancellationToken ct)
    {
        if (await access.OwnRecordAsync(ct) is not { } id)
        {
            return ClientAccess.NotFound;
        }

        return await crisis.HelpAsync(id, CrisisLines.AnswersNotMonitored, ct);
    }
}
