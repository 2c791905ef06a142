using ClinicalPortal.Application.Wellbeing;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class WellbeingEndpoints
{
    public static RouteGroupBuilder MapWellbeing(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Staff well-being");
        me.MapPost("/wellbeing-checkins", async (WellbeingCheckInRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SubmitWellbeingCheckIn(body.Answers), ct)).ToHttp(c => TypedResults.Created($"/api/v1/me/wellbeing-checkins/{c.Id}", c)))
            .WithSummary("Record one's own Copenhagen Burnout Inventory (clinicians and supervisors): 19 answers; scored per scale. Staff data, never in a client's record.")
            .Produces<WellbeingCheckInResponse>(StatusCodes.Status201Created).WithProblems();

        me.MapGet("/wellbeing-checkins", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyWellbeingCheckIns(), ct)).ToOk())
            .WithSummary("One's own check-ins, newest first.")
            .Produces<IReadOnlyList<WellbeingCheckInResponse>>().WithProblems();

        me.MapGet("/wellbeing-sharing", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyWellbeingSharing(), ct)).ToOk())
            .WithSummary("Whether one's supervisor may see one's individual check-ins (default: no).")
            .Produces<WellbeingSharingResponse>().WithProblems();

        me.MapPut("/wellbeing-sharing", async (WellbeingSharingRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetMyWellbeingSharing(body.ShareWithSupervisor), ct)).ToOk())
            .WithSummary("Opt in to or out of sharing one's individual check-ins with one's supervisor; takes effect at once.")
            .Produces<WellbeingSharingResponse>().WithProblems();

        api.MapGet("/supervision/wellbeing", async (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetTeamWellbeing(from, to), ct)).ToOk())
            .WithTags("Supervision")
            .WithSummary("Team well-being by month (from, to: yyyy-MM; default the last 6): CBI means and band counts, hidden under 5 contributors or where " +
                         "they would reveal a hidden group; individual check-ins of supervisees who opted in (supervisor only); each clinician's load.")
            .Produces<TeamWellbeingResponse>().WithProblems();
        return api;
    }
}
