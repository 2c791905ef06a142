using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Crisis;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class ClientEndpoints
{
    public static RouteGroupBuilder MapClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");

        api.MapGet("/caseload", async (string? sort, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCaseloadOverview(sort), ct)).ToOk())
            .WithTags("Clients")
            .WithSummary("The caller's active clients at a glance (clinician: caseload; supervisor: team; OrgAdmin: organisation): latest score per " +
                         "instrument with direction and reliable change since the first, open and late alerts, homework of the last 14 days. sort=name|attention.")
            .Produces<IReadOnlyList<CaseloadClientResponse>>().WithProblems();

        clients.MapPost("/", async (CreateClientRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateClient(
                    body.GivenName, body.FamilyName, body.DateOfBirth, body.Email, body.Track, body.TimeZone, body.ClinicianId), ct))
                .ToHttp(c => TypedResults.Created($"/api/v1/clients/{c.Id}", c)))
            .WithSummary("Register a client (Clinician, OrgAdmin); clinicianId defaults to the calling clinician. The client is invited by e-mail.")
            .Produces<ClientResponse>(StatusCodes.Status201Created).WithProblems();

        clients.MapGet("/", async (string? limit, string? offset, string? status, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListClients(limit, offset, status), ct)).ToOk())
            .WithSummary("A clinician's caseload, a supervisor's team, an administrator's organisation. status=active (default) or discharged; limit 1-500 (100), offset.")
            .Produces<IReadOnlyList<ClientResponse>>().WithProblems();

        clients.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetClient(id), ct)).ToOk())
            .WithSummary("One client within the caller's reach (a client reaches only its own record); anything else is 404.")
            .Produces<ClientResponse>().WithProblems(StatusCodes.Status404NotFound);

        clients.MapPatch("/{id:guid}", async (Guid id, UpdateClientRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateClient(
                    id, body.GivenName, body.FamilyName, body.Email, body.Track, body.TimeZone, body.Country, body.Phone, body.EmergencyContact), ct)).ToOk())
            .WithSummary("Correct a client's names, e-mail, track, time zone, own country for crisis lines, phone or emergency contact (the client's clinician, OrgAdmin); omitted fields stay. Audited with the fields changed, not their values.")
            .Produces<ClientResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        clients.MapPost("/{id:guid}/discharge", async (Guid id, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DischargeClient(id, body.Reason), ct)).ToOk())
            .WithSummary("End care: the record stays readable, the client's access ends (sign-in refused, tokens revoked), nothing is due any more.")
            .Produces<ClientResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        clients.MapPost("/{id:guid}/invitation", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResendInvitation(id), ct)).ToHttp(r => TypedResults.Accepted((string?)null, r)))
            .WithSummary("Send the client a fresh invitation to set a password; every earlier link stops working.")
            .Produces<InvitationResponse>(StatusCodes.Status202Accepted).WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        clients.MapPut("/{id:guid}/clinician", async (Guid id, TransferClientRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new TransferClient(id, body.ClinicianId), ct)).ToOk())
            .WithSummary("Transfer a client to another clinician of the organisation (audited with both clinicians).")
            .Produces<ClientResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        clients.MapPut("/{id:guid}/safety-plan", async (Guid id, SafetyPlanRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetSafetyPlan(id, body.WarningSigns, body.CopingStrategies, body.DistractionPeopleAndPlaces,
                    body.PeopleToAskForHelp, body.ProfessionalsAndServices, body.MakingTheEnvironmentSafe, body.ReasonsForLiving), ct))
                .ToHttp(p => TypedResults.Created($"/api/v1/clients/{id}/safety-plan?version={p.Version}", p)))
            .WithSummary("Save the client's safety plan (the client's clinician, OrgAdmin): Stanley-Brown's seven sections. Each save is a new version; earlier versions stay.")
            .Produces<SafetyPlanResponse>(StatusCodes.Status201Created).WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        clients.MapGet("/{id:guid}/safety-plan", async (Guid id, string? version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetSafetyPlan(id, version), ct)).ToOk())
            .WithSummary("The client's safety plan: the latest, or version=N (staff who reach the client).")
            .Produces<SafetyPlanResponse>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
