using System.Globalization;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;
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
    public IReadOnlyList<InstrumentView> Instruments { get; private set; } = [];

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

        var zone = Zone;
        Homework = homework.Value.OrderByDescending(t => t.Date).ThenBy(t => t.ModuleTitle, StringComparer.Ordinal).ToList();
        Adherence = adherence.Value;
        Instruments = results.Value
            .GroupBy(r => r.Instrument, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.SubmittedAt).ToList();
                var rows = ordered.Select(r => new ResultRow(
                    HomeworkStatuses.LocalDate(r.SubmittedAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.Total is decimal t ? t.ToString("0.##", CultureInfo.InvariantCulture) : "-", r.Severity ?? "-")).ToList();
                string? svg = null;
                if (InstrumentLibrary.TryGet(g.Key, out var definition) && ordered.Any(r => r.Total is not null))
                {
                    var points = ordered.Where(r => r.Total is not null)
                        .Select(r => new ChartPoint(HomeworkStatuses.LocalDate(r.SubmittedAt, zone), r.Total!.Value));
                    svg = SvgChart.Render(ScoreChart.For(definition, points));
                }

                return new InstrumentView(g.Key, svg, rows);
            })
            .ToList();
        return Page();
    }

    public sealed record InstrumentView(string Code, string? Svg, IReadOnlyList<ResultRow> Rows);

    public sealed record ResultRow(string Date, string Score, string Band);
}
