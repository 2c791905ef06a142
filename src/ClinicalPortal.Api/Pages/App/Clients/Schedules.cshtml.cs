using ClinicalPortal.Application.Measures;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// The client's measure schedules (<see cref="ListMeasureSchedules"/>), ended ones included; for the roles that may, a
/// form to schedule a questionnaire every N days (<see cref="ScheduleMeasure"/>) and a button to end one
/// (<see cref="EndMeasureSchedule"/>).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class SchedulesModel(IMediator mediator) : ClientPageModel(mediator)
{
    public static IReadOnlyList<InstrumentDefinition> Instruments => InstrumentLibrary.All;

    public IReadOnlyList<MeasureScheduleResponse> Schedules { get; private set; } = [];

    [BindProperty]
    public string? Instrument { get; set; }

    [BindProperty]
    public int? CadenceDays { get; set; }

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostScheduleAsync(Guid id) =>
        ActAsync(id, Mediator.Send(new ScheduleMeasure(id, Instrument, CadenceDays, Start, string.IsNullOrWhiteSpace(End) ? null : End),
            HttpContext.RequestAborted), UiText.Scheduled, ShowAsync);

    public Task<IActionResult> OnPostEndAsync(Guid id, Guid scheduleId) =>
        ActAsync(id, Mediator.Send(new EndMeasureSchedule(id, scheduleId), HttpContext.RequestAborted), UiText.ScheduleEnded, ShowAsync);

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        var schedules = await Mediator.Send(new ListMeasureSchedules(id), HttpContext.RequestAborted);
        if (!schedules.IsSuccess)
        {
            return NotFound();
        }

        Schedules = schedules.Value;
        if (HttpMethods.IsGet(Request.Method)) // a refused form comes back as it was posted
        {
            Start ??= Iso(Today);
            CadenceDays ??= 14;
        }
        return Page();
    }
}
