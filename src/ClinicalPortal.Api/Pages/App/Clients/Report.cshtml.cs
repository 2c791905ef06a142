using ClinicalPortal.Api.Endpoints;
using ClinicalPortal.Application.Reports;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// The progress report: a period (the client's days; the last 12 weeks offered) and the audience, posted to a handler
/// that sends <see cref="GenerateProgressReport"/> (recorded as a disclosure) and answers the PDF as a download.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class ReportModel(IMediator mediator) : ClientPageModel(mediator)
{
    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? Audience { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostGenerateAsync(Guid id) =>
        ActAsync(id, Mediator.Send(new GenerateProgressReport(id, From, To, Audience, null, null), HttpContext.RequestAborted), report =>
        {
            ReportEndpoints.DigestHeaders(Response, report);
            return File(report.Pdf, "application/pdf", report.FileName); // with a file name: Content-Disposition attachment
        }, ShowAsync);

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        From ??= Iso(Today.AddDays(-83));
        To ??= Iso(Today);
        return Page();
    }
}
