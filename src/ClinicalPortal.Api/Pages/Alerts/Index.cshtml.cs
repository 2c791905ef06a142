using ClinicalPortal.Application.Alerts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.Alerts;

/// <summary>The caller's unresolved alerts, most urgent first (the API's list, as a page).</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AlertResponse> Alerts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var alerts = await mediator.Send(new ListAlerts(), HttpContext.RequestAborted);
        if (!alerts.IsSuccess)
        {
            return NotFound();
        }

        Alerts = alerts.Value;
        return Page();
    }
}
