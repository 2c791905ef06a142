using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Modules;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Modules;

/// <summary>
/// One module to read, as <c>GET /api/v1/modules/{id}</c> answers the caller: its safeguards before the steps, the steps,
/// and where it comes from. Staff also see what it trains, who it is for and the clinician's caution, which the
/// application leaves out of a client's answer; a client sees their crisis panel. Unknown or another organisation's: 404.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class DetailModel(IMediator mediator) : PageModel
{
    public ModuleResponse? Module { get; private set; }

    /// <summary>A client's crisis panel; null for staff.</summary>
    public HelpResponse? Help { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var module = await mediator.Send(new GetModule(id), ct);
        if (!module.IsSuccess)
        {
            return NotFound();
        }

        Module = module.Value;
        Help = (await ClientPage.LoadAsync(mediator, ct))?.Help;
        return Page();
    }
}
