using ClinicalPortal.Application.Alerts;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class AlertEndpoints
{
    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/alerts", async (Guid clientId, RaiseAlertRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RaiseAlert(clientId, body.Tier, body.Reason), ct))
                .ToHttp(a => TypedResults.Created($"/api/v1/alerts/{a.Id}", a)))
            .WithTags("Alerts")
            .WithSummary("Raise a crisis alert by hand (staff who reach the client). The client's unresolved alert takes it (its tier rises when higher); otherwise a new alert starts escalating.")
            .Produces<AlertResponse>(StatusCodes.Status201Created).WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("/", async (string? status, string? clientId, string? limit, string? offset, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListAlerts(status, clientId, limit, offset), ct)).ToOk())
            .WithSummary("Alerts the caller works (clinician: own clients and escalated to them; supervisor: team and escalated to them; OrgAdmin: organisation). status=unresolved (default), open, acknowledged, resolved, all. Most urgent first.")
            .Produces<IReadOnlyList<AlertResponse>>().WithProblems();

        alerts.MapGet("/metrics", async (string? from, string? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAlertMetrics(from, to), ct)).ToOk())
            .WithSummary("Alerts raised in [from, to) that the caller reaches (default: the last 30 days): per tier, time to acknowledge and to resolve (median, p90, max, minutes), deadlines missed, per clinician.")
            .Produces<AlertMetricsResponse>().WithProblems();

        alerts.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetAlert(id), ct)).ToOk())
            .WithSummary("One alert with its full timeline: raised, triggers, notified, escalated, acknowledged, notes, resolved; each with time and actor.")
            .Produces<AlertResponse>().WithProblems(StatusCodes.Status404NotFound);

        alerts.MapPost("/{id:guid}/acknowledge", async (Guid id, AcknowledgeAlertRequest? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AcknowledgeAlert(id, body?.ExpectedVersion), ct)).ToOk())
            .WithSummary("Acknowledge: the acknowledgement escalation stops and the tier's first-contact and resolution deadlines start. A second acknowledgement is 409 alert.already_acknowledged; with expectedVersion, an alert changed since is 409 alert.changed with the current alert.")
            .Produces<AlertResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        alerts.MapPost("/{id:guid}/contacts", async (Guid id, AlertContactRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordAlertContact(id, body.Channel, body.Reached, body.Note, body.ExpectedVersion), ct))
                .ToHttp(a => TypedResults.Created($"/api/v1/alerts/{a.Id}", a)))
            .WithSummary("Record a contact with the client, made (reached: true, which meets the first-contact deadline) or tried (listed; the deadline keeps running). On an open alert it acknowledges it: with expectedVersion, an alert changed since is 409 alert.changed with the current alert.")
            .Produces<AlertResponse>(StatusCodes.Status201Created).WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        alerts.MapPost("/{id:guid}/notes", async (Guid id, NoteRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AddAlertNote(id, body.Text), ct)).ToHttp(a => TypedResults.Created($"/api/v1/alerts/{a.Id}", a)))
            .WithSummary("Add a note to the alert's timeline, in any state.")
            .Produces<AlertResponse>(StatusCodes.Status201Created).WithProblems(StatusCodes.Status404NotFound);

        alerts.MapPost("/{id:guid}/resolve", async (Guid id, ResolveAlertRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResolveAlert(id, body.Disposition, body.Note, body.FollowUpAt, body.ExpectedVersion, body.Channel, body.RiskAssessment), ct)).ToOk())
            .WithSummary("Resolve with the version decided on, a disposition and a note. UnableToReach needs the channel tried and followUpAt (Imminent within 4 hours, High 24, Elevated 7 days): the alert stays acknowledged and opens again then. Closing a High or Imminent alert needs riskAssessment { level, rationale, safetyPlanReviewed, meansCounselling, nextContactAt, supervisorConsulted? }; as FalsePositive it waits for a co-signature (status AwaitingCosign). An alert changed since expectedVersion is 409 alert.changed with the current alert.")
            .Produces<AlertResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        alerts.MapPost("/{id:guid}/cosign", async (Guid id, CosignAlertRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CosignAlert(id, body.Note, body.ExpectedVersion), ct)).ToOk())
            .WithSummary("Co-sign a High or Imminent false positive (a supervisor, an administrator or on-call staff; never the proposer): the alert is resolved.")
            .Produces<AlertResponse>().WithProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return api;
    }
}
