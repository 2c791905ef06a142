using ClinicalPortal.Api.Security;
using ClinicalPortal.Application.Staff;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public sealed record CreateStaffRequest(string? Email, string? DisplayName, string? Role, Guid? SupervisorId);

public sealed record SetSupervisorRequest(Guid? SupervisorId);

public static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaff(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff");

        staff.MapPost("/", async (CreateStaffRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateStaffMember(body.Email, body.DisplayName, body.Role, body.SupervisorId), ct))
                .ToHttp(s => TypedResults.Created($"/api/v1/staff/{s.Id}", s)))
            .RequireAuthorization(Policies.OrgAdmin)
            .WithSummary("Add a clinician or supervisor (OrgAdmin). The person receives an invitation e-mail.")
            .Produces<StaffResponse>(StatusCodes.Status201Created);

        staff.MapGet("/", async (IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListStaff(), ct)).ToOk())
            .RequireAuthorization(Policies.StaffAdminOrSupervisor)
            .WithSummary("The organisation's staff (OrgAdmin, Supervisor).")
            .Produces<IReadOnlyList<StaffResponse>>();

        staff.MapPut("/{id:guid}/supervisor", async (Guid id, SetSupervisorRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetSupervisor(id, body.SupervisorId), ct)).ToOk())
            .RequireAuthorization(Policies.OrgAdmin)
            .WithSummary("Set a clinician's supervisor (OrgAdmin).")
            .Produces<StaffResponse>();
        return api;
    }
}
