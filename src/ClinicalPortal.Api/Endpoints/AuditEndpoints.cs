using ClinicalPortal.Application.Audit;
using ClinicalPortal.Application.Common.Abstractions;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");

        audit.MapGet("/", async (string? clientId, string? from, string? to, string? afterId, string? limit, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAuditEvents(clientId, from, to, afterId, limit), ct)).ToOk())
            .WithSummary("The organisation's audit trail, oldest first (OrgAdmin). from/to: ISO 8601 instants with an offset; page with afterId; limit 1-1000 (200).")
            .Produces<IReadOnlyList<AuditEventResponse>>().WithProblems();

        audit.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new VerifyAuditChain(), ct)).ToOk())
            .WithSummary("Recompute the organisation's sealed audit hash chain and report the first break, if any, and how many events await sealing. Reads only.")
            .Produces<AuditVerification>().WithProblems();
        return api;
    }
}
