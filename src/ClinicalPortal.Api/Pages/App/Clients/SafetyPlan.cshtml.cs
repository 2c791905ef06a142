using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Crisis;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// The client's safety plan (<see cref="GetSafetyPlan"/>, the latest version) and, for the roles that may, the form that
/// saves a new version (<see cref="SetSafetyPlan"/>): each section a textarea, one entry per line.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class SafetyPlanModel(IMediator mediator) : ClientPageModel(mediator)
{
    public SafetyPlanResponse? Plan { get; private set; }

    /// <summary>The sections as posted (or as the latest version has them), by the request's field name.</summary>
    [BindProperty]
    public Dictionary<string, string?> Sections { get; set; } = [];

    /// <summary>The sections in the plan's order: the request's field name and the title the client reads.</summary>
    public static IReadOnlyList<(string Field, string Title)> Fields { get; } = SectionsOf(
        new SetSafetyPlan(Guid.Empty, null, null, null, null, null, null, null),
        new SafetyPlanResponse(Guid.Empty, 0, [], [], [], [], [], [], [], default, Guid.Empty));

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        IReadOnlyList<string?> Lines(string field) => (Sections.GetValueOrDefault(field) ?? string.Empty)
            .Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList<string?>();
        var command = new SetSafetyPlan(id, Lines("warningSigns"), Lines("copingStrategies"), Lines("distractionPeopleAndPlaces"),
            Lines("peopleToAskForHelp"), Lines("professionalsAndServices"), Lines("makingTheEnvironmentSafe"), Lines("reasonsForLiving"));
        return ActAsync(id, Mediator.Send(command, HttpContext.RequestAborted), UiText.SafetyPlanSaved, ShowAsync);
    }

    /// <summary>The field's messages, its entries' included (<c>warningSigns[2]</c>).</summary>
    public FieldErrors SectionErrors(string field) => new($"err-{field}",
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).Distinct().ToList());

    private static List<(string Field, string Title)> SectionsOf(SetSafetyPlan command, SafetyPlanResponse plan) =>
        command.Sections().Zip(UiText.SafetyPlanSections(plan), (c, p) => (c.Field, p.Title)).ToList();

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        // The client is in reach: a failure here means no plan was written yet.
        var plan = await Mediator.Send(new GetSafetyPlan(id), HttpContext.RequestAborted);
        Plan = plan.IsSuccess ? plan.Value : null;
        if (Plan is not null && Request.Method == HttpMethods.Get)
        {
            var fromPlan = new SetSafetyPlan(id, Plan.WarningSigns, Plan.CopingStrategies, Plan.DistractionPeopleAndPlaces, Plan.PeopleToAskForHelp,
                Plan.ProfessionalsAndServices, Plan.MakingTheEnvironmentSafe, Plan.ReasonsForLiving);
            Sections = fromPlan.Sections().ToDictionary(s => s.Field, s => (string?)string.Join('\n', s.Entries ?? []));
        }

        return Page();
    }
}
