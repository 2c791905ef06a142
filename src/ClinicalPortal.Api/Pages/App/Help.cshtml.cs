using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Me;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// "I need help now" from any client page: the same request as <c>POST /api/v1/me/crisis</c>. The answer promises only
/// what the service does: the emergency number and the crisis lines first, then that the care team has been told but may
/// not see it straight away, and when the team is there (the organisation's hours, once set).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class HelpModel(IMediator mediator) : PageModel
{
    public HelpResponse? Help { get; private set; }

    public IActionResult OnGet() => Redirect("/app");

    public async Task<IActionResult> OnPostAsync()
    {
        var help = await mediator.Send(new RequestHelp(null), HttpContext.RequestAborted);
        if (!help.IsSuccess)
        {
            return NotFound();
        }

        Help = help.Value;
        return Page();
    }
}
