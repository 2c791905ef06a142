using ClinicalPortal.Application.Measures;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Endpoints;

public static class MeasureEndpoints
{
    public static RouteGroupBuilder MapMeasures(this RouteGroupBuilder api)
    {
        // The catalogue holds no one's data: a plain read of static definitions, no mediator, no audit.
        var instruments = api.MapGroup("/instruments").WithTags("Instruments");
        instruments.MapGet("/", () => TypedResults.Ok(InstrumentLibrary.All.Select(InstrumentResponse.Summary).ToList()))
            .WithSummary("The instrument library: code, name, version, item count, licence.")
            .Produces<List<InstrumentSummaryResponse>>().WithProblems();
        instruments.MapGet("/{code}", (string code) => InstrumentLibrary.TryGet(code, out var definition)
                ? Results.Ok(InstrumentResponse.From(definition))
                : ResultExtensions.Problem(Domain.Common.Error.NotFound("Instrument")))
            .WithSummary("One instrument: items and answer options, scoring, bands, caseness, change rule, licence, sources.")
            .Produces<InstrumentResponse>().WithProblems(StatusCodes.Status404NotFound);

        var clients = api.MapGroup("/clients/{clientId:guid}").WithTags("Measures");
        clients.MapPost("/assessments", async (Guid clientId, SubmitAssessmentRequest body,
                    [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, HttpContext http, CancellationToken ct) =>
                (await mediator.Send(new SubmitAssessment(clientId, body.Instrument, body.Answers, idempotencyKey), ct)).ToHttp(r =>
                {
                    if (r.Replayed)
                    {
                        http.Response.Headers["Idempotent-Replayed"] = "true";
                    }

                    return TypedResults.Created($"/api/v1/clients/{clientId}/assessments/{r.Assessment.Id}", r.Assessment);
                }))
            .WithSummary("Submit answers (in item order) for the client (the client itself, or its clinician in session). " +
                         "Scored exactly; change since the first and the previous result; crisis resources when a risk item is positive. " +
                         "Send an Idempotency-Key header to make retries safe.")
            .Produces<AssessmentResponse>(StatusCodes.Status201Created)
            .WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        clients.MapGet("/assessments", async (Guid clientId, string? instrument, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAssessments(clientId, instrument), ct)).ToOk())
            .WithSummary("The client's results over time, oldest first, optionally for one instrument. Item answers only for the client and clinicians.")
            .Produces<IReadOnlyList<AssessmentResponse>>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapGet("/assessments/{assessmentId:guid}", async (Guid clientId, Guid assessmentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAssessment(clientId, assessmentId), ct)).ToOk())
            .WithSummary("One result of the client, with its change since the first and the previous result.")
            .Produces<AssessmentResponse>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapPost("/measure-schedules", async (Guid clientId, ScheduleMeasureRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ScheduleMeasure(clientId, body.Instrument, body.CadenceDays, body.Start, body.End), ct))
                .ToHttp(s => TypedResults.Created($"/api/v1/clients/{clientId}/measure-schedules/{s.Id}", s)))
            .WithSummary("Schedule an instrument every N days from a start date to an optional end date, in the client's calendar (the client's clinician). One active schedule per instrument.")
            .Produces<MeasureScheduleResponse>(StatusCodes.Status201Created)
            .WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        clients.MapGet("/measure-schedules", async (Guid clientId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMeasureSchedules(clientId), ct)).ToOk())
            .WithSummary("The client's measure schedules (ended ones too) with the window open now.")
            .Produces<IReadOnlyList<MeasureScheduleResponse>>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapGet("/measure-schedules/{scheduleId:guid}", async (Guid clientId, Guid scheduleId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMeasureSchedule(clientId, scheduleId), ct)).ToOk())
            .WithSummary("One measure schedule of the client.")
            .Produces<MeasureScheduleResponse>().WithProblems(StatusCodes.Status404NotFound);
        clients.MapDelete("/measure-schedules/{scheduleId:guid}", async (Guid clientId, Guid scheduleId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EndMeasureSchedule(clientId, scheduleId), ct)).ToOk())
            .WithSummary("End a schedule (the client's clinician): it is kept for history and nothing of it is due any more.")
            .Produces<MeasureScheduleResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/me/assessments/due", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDueAssessments(), ct)).ToOk())
            .WithTags("Measures")
            .WithSummary("For a signed-in client: what is due now. First the C-SSRS screener when a PHQ-9 with item 9 above 0 asks for it (reason FollowUpScreen, no schedule, no expiry), then the scheduled instruments with when each expires unanswered.")
            .Produces<IReadOnlyList<DueAssessmentResponse>>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
