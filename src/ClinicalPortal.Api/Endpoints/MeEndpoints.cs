using ClinicalPortal.Api.Security;
using ClinicalPortal.Application.Me;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetMe(), ct)).ToOk())
            .RequireAuthorization(Policies.AnyUser)
            .WithName("GetMe").WithTags("Me")
            .WithSummary("The signed-in user: id, email, display name, role and organisation.")
            .Produces<MeResponse>();
        return api;
    }
}
