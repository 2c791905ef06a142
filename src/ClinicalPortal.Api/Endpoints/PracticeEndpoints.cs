using ClinicalPortal.Application.Practice;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Endpoints;

public static class PracticeEndpoints
{
    public static RouteGroupBuilder MapPractice(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients/{clientId:guid}").WithTags("Practice");
        clients.MapPost("/practice-plans", async (Guid clientId, PracticePlanRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreatePracticePlan(clientId, body.Goals, body.NoteToClient, body.Items), ct))
                .ToHttp(p => TypedResults.Created($"/api/v1/clients/{clientId}/practice-plans", p)))
            .WithSummary("Assign a practice plan (the client's clinician): goals, a note to the client, modules with frequencies (Daily, TimesPerWeek " +
                         "with optional daysOfWeek, Once) from start to end (YYYY-MM-DD, the client's calendar). It supersedes the active plan; " +
                         "future tasks not yet done are recomputed.")
            .Produces<PracticePlanResponse>(StatusCodes.Status201Created).WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        clients.MapGet("/practice-plans", async (Guid clientId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPracticePlans(clientId), ct)).ToOk())
            .WithSummary("The client's practice plans, newest first (the active one and those it replaced).")
            .Produces<IReadOnlyList<PracticePlanResponse>>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapGet("/homework", async (Guid clientId, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetClientHomework(clientId, from, to), ct)).ToOk())
            .WithSummary("The client's homework by day (default: the last 28 days and the next 7) with answers and reflections; " +
                         "a supervisor sees no free text.")
            .Produces<IReadOnlyList<HomeworkTaskResponse>>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapGet("/adherence", async (Guid clientId, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAdherence(clientId, from, to), ct)).ToOk())
            .WithSummary("Completion rate overall and per module, streaks, mean distress change (before minus after) per module and " +
                         "component, with the completions behind each figure (default: the last 28 days).")
            .Produces<AdherenceResponse>().WithProblems(StatusCodes.Status404NotFound);

        var flags = api.MapGroup("/homework").WithTags("Practice");
        flags.MapGet("/review-flags", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListReviewFlags(), ct)).ToOk())
            .WithSummary("Homework with a distress rating of 9 or 10 not yet reviewed, of the clients the caller reaches, oldest first (no free text).")
            .Produces<IReadOnlyList<ReviewFlagResponse>>().WithProblems();
        flags.MapPost("/{taskId:guid}/review", async (Guid taskId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new MarkHomeworkReviewed(taskId), ct)).ToOk())
            .WithSummary("Mark a flagged task reviewed (the client's clinician, OrgAdmin); the first review is kept.")
            .Produces<ReviewFlagResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/me/practice-plan", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetMyPracticePlan(), ct)).ToOk())
            .WithTags("Practice")
            .WithSummary("The client's active practice plan: goals, the note from their clinician, the modules and how often (404 until one is assigned).")
            .Produces<PracticePlanResponse>().WithProblems(StatusCodes.Status404NotFound);

        var me = api.MapGroup("/me/homework").WithTags("Practice");
        me.MapGet("/", async (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyHomework(from, to), ct)).ToOk())
            .WithSummary("The client's homework (default: today and the next 6 days): id, date, status (Due, Done, Skipped, Missed), module and version.")
            .Produces<IReadOnlyList<HomeworkTaskResponse>>().WithProblems(StatusCodes.Status404NotFound);
        me.MapGet("/{taskId:guid}", async (Guid taskId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyHomeworkTask(taskId), ct)).ToOk())
            .WithSummary("One of the client's own tasks, with what they recorded (answers, reflection, skip reason); another client's task is a 404.")
            .Produces<HomeworkTaskResponse>().WithProblems(StatusCodes.Status404NotFound);
        me.MapPost("/{taskId:guid}/completion", async (Guid taskId, HomeworkCompletionRequest body,
                    [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CompleteHomework(taskId, body.Responses, body.DistressBefore, body.DistressAfter, body.Reflection, idempotencyKey), ct)).ToOk())
            .WithSummary("Record a task done: step responses (text, rating or checked), distress before and after (0-10), a reflection. " +
                         "Late after its day. A rating of 9 or 10 flags it for the clinician and returns the crisis lines. Idempotency-Key makes retries safe.")
            .Produces<HomeworkTaskResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        me.MapPost("/{taskId:guid}/skip", async (Guid taskId, ReasonRequest body,
                    [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SkipHomework(taskId, body.Reason, idempotencyKey), ct)).ToOk())
            .WithSummary("Skip a task, with a reason. Idempotency-Key makes retries safe.")
            .Produces<HomeworkTaskResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return api;
    }
}
