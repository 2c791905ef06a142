using ClinicalPortal.Application.Modules;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Practice;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// The client's practice plan: the current one (<see cref="ListPracticePlans"/>) and, for the roles that may, the form
/// that assigns a new one (<see cref="CreatePracticePlan"/>): goals, a note, up to <see cref="Rows"/> modules each with
/// a frequency and dates. Refused, the form comes back as posted with each field's message; nothing is stored.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class PlanModel(IMediator mediator) : ClientPageModel(mediator)
{
    /// <summary>Module rows offered without JavaScript; empty ones are left out.</summary>
    public const int Rows = 3;

    public static IReadOnlyList<string> Kinds { get; } = Enum.GetNames<FrequencyKind>();

    public PracticePlanResponse? Current { get; private set; }

    public IReadOnlyList<ModuleSummaryResponse> Modules { get; private set; } = [];

    [BindProperty]
    public string? Goals { get; set; }

    [BindProperty]
    public string? NoteToClient { get; set; }

    [BindProperty]
    public List<PlanRowForm> Items { get; set; } = [];

    /// <summary>For each form row sent, its index in the request (the Application names errors by that index).</summary>
    private readonly Dictionary<int, int> _sent = [];

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        var items = new List<PlanItemInput?>();
        for (var row = 0; row < Items.Count && row < Rows; row++)
        {
            var form = Items[row];
            if (form.ModuleId is null)
            {
                continue;
            }

            _sent[row] = items.Count;
            var times = form.Kind == nameof(FrequencyKind.TimesPerWeek) ? form.TimesPerWeek : null;
            items.Add(new PlanItemInput(form.ModuleId, new FrequencyInput(form.Kind, times, null), form.Start, form.End));
        }

        return ActAsync(id, Mediator.Send(new CreatePracticePlan(id, Goals, NoteToClient, items), HttpContext.RequestAborted), UiText.PlanAssigned, ShowAsync);
    }

    /// <summary>The messages of one field of a form row (<c>start</c>, <c>end</c>, <c>moduleId</c>, <c>frequency.timesPerWeek</c>...).</summary>
    public IReadOnlyList<string> RowErrors(int row, string field) =>
        _sent.TryGetValue(row, out var index) ? ErrorsOf($"items[{index}].{field}") : [];

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        var ct = HttpContext.RequestAborted;
        var plans = await Mediator.Send(new ListPracticePlans(id), ct);
        var modules = await Mediator.Send(new ListModules(), ct);
        if (!plans.IsSuccess || !modules.IsSuccess)
        {
            return NotFound();
        }

        Current = plans.Value.FirstOrDefault(p => p.Status == nameof(PracticePlanStatus.Active));
        Modules = modules.Value;
        while (Items.Count < Rows)
        {
            Items.Add(new PlanRowForm { Start = Iso(Today), End = Iso(Today.AddDays(27)) });
        }

        return Page();
    }
}
