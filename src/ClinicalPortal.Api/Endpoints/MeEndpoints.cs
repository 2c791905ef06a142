using ClinicalPortal.Application.Me;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetMe(), ct)).ToOk())
            .WithName("GetMe").WithTags("Me")
            .WithSummary("The signed-in user: id, email, display name, role, organisation (id and name) and, for a client, the client record id.")
            .Produces<MeResponse>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
