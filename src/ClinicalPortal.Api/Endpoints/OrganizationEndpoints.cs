using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Outbox;
using ClinicalPortal.Application.OrganizationSettings;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganization(this RouteGroupBuilder api)
    {
        var organization = api.MapGroup("/organization").WithTags("Organization");

        organization.MapGet("/escalation-policy", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetEscalationPolicy(), ct)).ToOk())
            .WithSummary("The escalation policy new alerts start with (staff).")
            .Produces<EscalationPolicyResponse>().WithProblems();

        organization.MapPut("/escalation-policy", async (EscalationPolicyRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetEscalationPolicy(
                    body.AcknowledgeWithinMinutes, body.SupervisorWithinMinutes, body.OnCallUserIds, body.RepeatEveryMinutes,
                    body.FirstContactWithinMinutes, body.ResolveWithinMinutes), ct)).ToOk())
            .WithSummary("Set the escalation policy (OrgAdmin): minutes to acknowledge per tier (Imminent <= High <= Elevated), the supervisor's minutes, on-call staff, the repeat interval, and per tier the minutes from acknowledgement to first contact and to resolution (optional: left out, the current ones stay). Raised alerts keep theirs.")
            .Produces<EscalationPolicyResponse>().WithProblems();

        organization.MapGet("/coverage", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCoverage(), ct)).ToOk())
            .WithSummary("When the care team is there (time zone, service hours per weekday) and the on-call rota, with what clients are told (staff; null until set).")
            .Produces<CoverageResponse>().WithProblems();

        organization.MapPut("/coverage", async (CoverageRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetCoverage(body.TimeZone, body.Hours, body.OnCall), ct)).ToOk())
            .WithSummary("Set the time zone, service hours and on-call rota (OrgAdmin). Out of hours a new alert goes at once to the on-call of that hour; clients see the hours beside their crisis lines.")
            .Produces<CoverageResponse>().WithProblems();

        organization.MapGet("/crisis-lines", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCrisisSettings(), ct)).ToOk())
            .WithSummary("The organisation's country, its national crisis lines and the organisation's own lines (staff).")
            .Produces<CrisisSettingsResponse>().WithProblems();

        organization.MapPut("/crisis-lines", async (CrisisSettingsRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetCrisisSettings(body.Country, body.LocalLines), ct)).ToOk())
            .WithSummary("Set the country (ISO 3166-1 alpha-2) and the organisation's own crisis lines (OrgAdmin). The national lines always stay.")
            .Produces<CrisisSettingsResponse>().WithProblems();

        organization.MapPut("/wellbeing-support", async (WellbeingSupportRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetWellbeingSupport(body.Text), ct)).ToOk())
            .WithSummary("Set what staff whose own well-being check-in is high (a CBI scale at 75 or more) are told about support (OrgAdmin); null or blank restores the default.")
            .Produces<WellbeingSupportResponse>().WithProblems();

        var outbox = api.MapGroup("/outbox").WithTags("Organization");
        outbox.MapGet("/dead-letters", async (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDeadLetters(), ct)).ToOk())
            .WithSummary("Messages of the organisation that failed too often (OrgAdmin): type, attempts, last failure type. Kept, never dropped.")
            .Produces<IReadOnlyList<DeadLetterResponse>>().WithProblems();
        outbox.MapPost("/dead-letters/{id:guid}/retry", async (Guid id, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RetryDeadLetter(id), ct)).ToOk())
            .WithSummary("Send a dead letter again (OrgAdmin).")
            .Produces<DeadLetterResponse>().WithProblems(StatusCodes.Status404NotFound);
        return api;
    }
}
