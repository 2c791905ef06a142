using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Modules;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Modules;

/// <summary>The module library as <c>GET /api/v1/modules</c> lists it, for anyone signed in: titles, summaries and lengths, each linking to its page.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ModuleSummaryResponse> Modules { get; private set; } = [];

    /// <summary>A client's crisis panel; null for staff.</summary>
    public HelpResponse? Help { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var modules = await mediator.Send(new ListModules(), ct);
        if (!modules.IsSuccess)
        {
            return NotFound();
        }

        Modules = modules.Value;
        Help = (await ClientPage.LoadAsync(mediator, ct))?.Help;
        return Page();
    }
}
