using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Practice;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// One client for staff who reach them: per instrument a chart over time (SVG drawn on the server by the same chart
/// model as the PDF, so it never disagrees with the table) and the table of results; the homework of the last 28 days
/// and the next 7 with the client's reflections (withheld from a supervisor by the Application) and the adherence; links
/// to the practice plan, measure schedules, safety plan and progress report. A client outside reach is a 404 page.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class DetailModel(IMediator mediator) : ClientPageModel(mediator)
{
    public IReadOnlyList<ResultCharts.Instrument> Instruments { get; private set; } = [];

    public IReadOnlyList<HomeworkTaskResponse> Homework { get; private set; } = [];

    public AdherenceResponse? Adherence { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        var results = await Mediator.Send(new ListAssessments(id, null), ct);
        var homework = await Mediator.Send(new GetClientHomework(id, null, null), ct);
        var adherence = await Mediator.Send(new GetAdherence(id, null, null), ct);
        if (!results.IsSuccess || !homework.IsSuccess || !adherence.IsSuccess)
        {
            return NotFound();
        }

        Homework = homework.Value.OrderByDescending(t => t.Date).ThenBy(t => t.ModuleTitle, StringComparer.Ordinal).ToList();
        Adherence = adherence.Value;
        Instruments = ResultCharts.Of(results.Value, Zone);
        return Page();
    }
}
