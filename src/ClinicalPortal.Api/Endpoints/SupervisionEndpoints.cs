using ClinicalPortal.Application.Supervision;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class SupervisionEndpoints
{
    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api)
    {
        var supervision = api.MapGroup("/supervision").WithTags("Supervision");

        supervision.MapGet("/caseload-risk", async (string? clinicianId, string? track, string? flag, string? sort, string? limit, string? offset,
                    IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCaseloadRisk(clinicianId, track, flag, sort, limit, offset), ct)).ToOk())
            .WithSummary("Caseload risk (Supervisor: their clinicians and own caseload; OrgAdmin: the organisation). Per clinician: active clients, " +
                         "reliable deterioration in 60 days, no reliable improvement after 8 weeks, CBI at or above 50 and rising, homework under 30 % " +
                         "in 14 days, open and late alerts; then the flagged clients with reasons as codes and text. Filters clinicianId, track, flag; " +
                         "sort=flags|name; limit, offset.")
            .Produces<CaseloadRiskResponse>().WithProblems(StatusCodes.Status404NotFound);

        supervision.MapGet("/clients/{clientId:guid}/summary", async (Guid clientId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetClientFlagSummary(clientId), ct)).ToOk())
            .WithSummary("One client's flags for a supervision meeting: the flags now and the flag history, newest first (results judged as of the " +
                         "day each was taken, alerts open and late, 14-day stretches of homework under 30 %). Figures only. Supervisor (team) and OrgAdmin.")
            .Produces<ClientFlagSummaryResponse>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
