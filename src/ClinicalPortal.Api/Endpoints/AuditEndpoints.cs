using ClinicalPortal.Api.Security;
using ClinicalPortal.Application.Audit;
using ClinicalPortal.Application.Common.Abstractions;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.OrgAdmin);

        audit.MapGet("/", async (Guid? clientId, DateTimeOffset? from, DateTimeOffset? to, long? afterId, int? limit,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAuditEvents(clientId, from, to, afterId, limit ?? 200), ct)).ToOk())
            .WithSummary("The organisation's audit trail, oldest first (OrgAdmin). Page with afterId.")
            .Produces<IReadOnlyList<AuditEventResponse>>();

        audit.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new VerifyAuditChain(), ct)).ToOk())
            .WithSummary("Recompute the organisation's audit hash chain and report the first break, if any.")
            .Produces<AuditVerification>();
        return api;
    }
}
