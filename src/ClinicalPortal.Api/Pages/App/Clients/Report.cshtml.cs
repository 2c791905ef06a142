using ClinicalPortal.Api.Endpoints;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Application.Reports;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// The progress report: a period (the client's days; the last 12 weeks offered) and the audience, posted to a handler
/// that sends <see cref="GenerateProgressReport"/> (recorded as a disclosure) and answers the PDF as a download. The
/// clinician may tick reflections of the last 12 weeks to include (listed only to a reader the Application shows them to).
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

    [BindProperty]
    public List<Guid> IncludeReflectionIds { get; set; } = [];

    /// <summary>The homework of the last 12 weeks with a reflection this reader may read, newest first.</summary>
    public IReadOnlyList<HomeworkTaskResponse> Reflections { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostGenerateAsync(Guid id) =>
        ActAsync(id, Mediator.Send(new GenerateProgressReport(id, From, To, Audience, IncludeReflectionIds, null), HttpContext.RequestAborted), report => PdfDownload.Of(this, report), ShowAsync);

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        var twelveWeeksAgo = Iso(Today.AddDays(-83));
        var homework = await Mediator.Send(new GetClientHomework(id, twelveWeeksAgo, Iso(Today)), HttpContext.RequestAborted);
        Reflections = homework.IsSuccess
            ? homework.Value.Where(t => t.Reflection is not null).OrderByDescending(t => t.Date).ToList()
            : [];
        if (HttpMethods.IsGet(Request.Method)) // a refused form comes back as it was posted
        {
            From ??= twelveWeeksAgo;
            To ??= Iso(Today);
        }
        return Page();
    }
}
