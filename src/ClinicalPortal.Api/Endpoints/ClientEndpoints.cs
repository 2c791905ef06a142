using ClinicalPortal.Api.Security;
using ClinicalPortal.Application.Clients;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public sealed record CreateClientRequest(
    string? GivenName, string? FamilyName, string? DateOfBirth, string? Email, string? Track, string? TimeZone, Guid? ClinicianId);

public sealed record TransferClientRequest(Guid? ClinicianId);

public static class ClientEndpoints
{
    public static RouteGroupBuilder MapClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");

        clients.MapPost("/", async (CreateClientRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateClient(
                    body.GivenName, body.FamilyName, body.DateOfBirth, body.Email, body.Track, body.TimeZone, body.ClinicianId), ct))
                .ToHttp(c => TypedResults.Created($"/api/v1/clients/{c.Id}", c)))
            .RequireAuthorization(Policies.ClientRegistrar)
            .WithSummary("Register a client (Clinician, OrgAdmin); clinicianId defaults to the calling clinician.")
            .Produces<ClientResponse>(StatusCodes.Status201Created);

        clients.MapGet("/", async (int? limit, int? offset, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListClients(limit ?? 100, offset ?? 0), ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithSummary("A clinician's caseload, a supervisor's team, an administrator's organisation.")
            .Produces<IReadOnlyList<ClientResponse>>();

        clients.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetClient(id), ct)).ToOk())
            .RequireAuthorization(Policies.AnyUser)
            .WithSummary("One client within the caller's reach (a client reaches only its own record); anything else is 404.")
            .Produces<ClientResponse>();

        clients.MapPut("/{id:guid}/clinician", async (Guid id, TransferClientRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new TransferClient(id, body.ClinicianId), ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Transfer a client to another clinician of the organisation (audited).")
            .Produces<ClientResponse>();
        return api;
    }
}
