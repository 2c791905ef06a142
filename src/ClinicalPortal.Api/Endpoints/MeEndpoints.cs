using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Application.Notifications;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Me");
        me.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetMe(), ct)).ToOk())
            .WithName("GetMe")
            .WithSummary("The signed-in user: id, email, display name, role, organisation (id and name) and, for a client, the client record id.")
            .Produces<MeResponse>().WithProblems(StatusCodes.Status404NotFound);

        me.MapPost("/crisis", async (HelpRequest? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RequestHelp(body?.Message), ct)).ToHttp(r => TypedResults.Accepted((string?)null, r)))
            .WithSummary("\"I need help now\" (client): the care team is alerted at the highest tier at once; the answer carries the crisis lines of the client's country and their safety plan.")
            .Produces<HelpResponse>(StatusCodes.Status202Accepted).WithProblems(StatusCodes.Status404NotFound);

        me.MapGet("/crisis-resources", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyCrisisResources(), ct)).ToOk())
            .WithSummary("The client's crisis lines (their country's and the organisation's) with the statement that answers are not monitored in real time, and their safety plan.")
            .Produces<HelpResponse>().WithProblems(StatusCodes.Status404NotFound);

        me.MapGet("/safety-plan", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMySafetyPlan(), ct)).ToOk())
            .WithSummary("The client's latest safety plan (404 until one is written).")
            .Produces<SafetyPlanResponse>().WithProblems(StatusCodes.Status404NotFound);

        me.MapGet("/check-ins", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListMyCheckIns(), ct)).ToOk())
            .WithSummary("The client's check-ins after a crisis that are due and not answered yet (a message from the care team and one question), oldest first.")
            .Produces<IReadOnlyList<CheckInResponse>>().WithProblems(StatusCodes.Status404NotFound);

        me.MapPost("/check-ins/{id:guid}", async (Guid id, CheckInAnswerRequest? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AnswerCheckIn(id, body?.Answer), ct)).ToOk())
            .WithSummary("Answer a check-in once (client): answer Ok or NotOk. \"NotOk\" raises a High alert at once; the answer carries the crisis lines of the client's country and their safety plan.")
            .Produces<CheckInAnswerResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        me.MapGet("/notifications", async (string? unread, string? limit, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyNotifications(unread, limit), ct)).ToOk())
            .WithSummary("The caller's alert inbox (staff): unread first, newest first; unread=true for unread only; limit 1-200 (50).")
            .Produces<IReadOnlyList<NotificationResponse>>().WithProblems();

        me.MapPost("/notifications/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new MarkNotificationRead(id), ct)).ToOk())
            .WithSummary("Mark one of the caller's notifications read (reading is not acknowledging the alert).")
            .Produces<NotificationResponse>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
