using ClinicalPortal.Application.Staff;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaff(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff");

        staff.MapPost("/", async (CreateStaffRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateStaffMember(body.Email, body.DisplayName, body.Role, body.SupervisorId), ct))
                .ToHttp(s => TypedResults.Created($"/api/v1/staff/{s.Id}", s)))
            .WithSummary("Add a clinician or supervisor (OrgAdmin). The person receives an invitation e-mail.")
            .Produces<StaffResponse>(StatusCodes.Status201Created).WithProblems();

        staff.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListStaff(), ct)).ToOk())
            .WithSummary("The organisation's staff, active and deactivated (OrgAdmin, Supervisor).")
            .Produces<IReadOnlyList<StaffResponse>>().WithProblems();

        staff.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => (await mediator.Send(new GetStaffMember(id), ct)).ToOk())
            .WithSummary("One staff member of the organisation (OrgAdmin, Supervisor).")
            .Produces<StaffResponse>().WithProblems(StatusCodes.Status404NotFound);

        staff.MapPost("/{id:guid}/deactivate", async (Guid id, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DeactivateStaffMember(id, body.Reason), ct)).ToOk())
            .WithSummary("The person leaves (OrgAdmin): sign-in refused, tokens revoked. Transfer their clients (and supervisees) first; a 409 names who is left.")
            .Produces<StaffResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPut("/{id:guid}/supervisor", async (Guid id, SetSupervisorRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetSupervisor(id, body.SupervisorId), ct)).ToOk())
            .WithSummary("Set a clinician's supervisor, or remove it with supervisorId null (OrgAdmin).")
            .Produces<StaffResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        staff.MapPut("/{id:guid}/phone", async (Guid id, StaffPhoneRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetStaffPhone(id, body.Phone), ct)).ToOk())
            .WithSummary("Set the phone number Imminent alerts text the person at, with its country code, or clear it with \"\" (OrgAdmin for anyone; a clinician or supervisor for themselves).")
            .Produces<StaffResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return api;
    }
}
