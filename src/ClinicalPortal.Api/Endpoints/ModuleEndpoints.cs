using ClinicalPortal.Application.Modules;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class ModuleEndpoints
{
    public static RouteGroupBuilder MapModules(this RouteGroupBuilder api)
    {
        var modules = api.MapGroup("/modules").WithTags("Modules");
        modules.MapGet("/", async (string? track, string? component, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListModules(track, component), ct)).ToOk())
            .WithSummary("The self-compassion module library (anyone signed in): the built-in modules, then the organisation's own, " +
                         "each at its current version. Filter by track (General, ChronicIllness, Burnout) and component " +
                         "(SelfKindness, CommonHumanity, Mindfulness), in any case.")
            .Produces<IReadOnlyList<ModuleSummaryResponse>>().WithProblems();
        modules.MapGet("/{id:guid}", async (Guid id, string? version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetModule(id, version), ct)).ToOk())
            .WithSummary("One module, whole: its current version or version=N, Markdown with sanitised HTML beside it " +
                         "(instructionsHtml, each step's bodyHtml), and the numbers of all its versions.")
            .Produces<ModuleResponse>().WithProblems(StatusCodes.Status404NotFound);
        modules.MapPost("/", async (ModuleRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateModule(body), ct))
                .ToHttp(m => TypedResults.Created($"/api/v1/modules/{m.Id}", m)))
            .WithSummary("Write a module for the organisation (Clinician, OrgAdmin): version 1. Steps are Read, Reflect (prompt), " +
                         "Rate 0-10 (prompt, lowLabel, highLabel), Checklist (items) or Practice (minutes); texts are Markdown.")
            .Produces<ModuleResponse>(StatusCodes.Status201Created).WithProblems();
        modules.MapPut("/{id:guid}", async (Guid id, ModuleRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReviseModule(id, body), ct)).ToOk())
            .WithSummary("Change one of the organisation's modules (Clinician, OrgAdmin): a new version with the content sent; " +
                         "earlier versions stay as they were. Built-in modules are read-only (409).")
            .Produces<ModuleResponse>().WithProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return api;
    }
}
