using ClinicalPortal.Application.Clients;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Reports;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// The client's own progress: their results over time (chart and table, the same numbers) and their progress report as
/// a PDF (<c>POST /api/v1/me/progress-report</c>: the client variant, recorded as a disclosure).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class ProgressModel(IMediator mediator) : PageModel
{
    public HelpResponse? Help { get; private set; }

    public IReadOnlyList<ResultCharts.Instrument> Instruments { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostReportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var report = await mediator.Send(new GenerateMyProgressReport(Blank(From), Blank(To), null), ct);
        if (report.IsSuccess)
        {
            return PdfDownload.Of(this, report.Value);
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Errors = report.Error!.Fields.Count > 0
            ? report.Error.Fields
            : new Dictionary<string, string[]> { [""] = [report.Error.Message] };
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await ClientPage.LoadAsync(mediator, ct) is not { } client)
        {
            return false;
        }

        var record = await mediator.Send(new GetClient(client.ClientId), ct);
        var results = await mediator.Send(new ListAssessments(client.ClientId, null), ct);
        if (!record.IsSuccess || !results.IsSuccess)
        {
            return false;
        }

        Help = client.Help;
        Instruments = ResultCharts.Of(results.Value, TimeZoneInfo.FindSystemTimeZoneById(record.Value.TimeZone), forClient: true);
        return true;
    }
}
