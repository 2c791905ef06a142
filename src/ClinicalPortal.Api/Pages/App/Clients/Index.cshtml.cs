using ClinicalPortal.Application.Clients;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>The caseload at a glance (<see cref="GetCaseloadOverview"/>, the request behind <c>GET /api/v1/caseload</c>); clients get a 404 page.</summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CaseloadClientResponse> Clients { get; private set; } = [];

    public string? Sort { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? sort)
    {
        Sort = sort is "attention" ? sort : null;
        var caseload = await mediator.Send(new GetCaseloadOverview(Sort), HttpContext.RequestAborted);
        if (!caseload.IsSuccess)
        {
            return NotFound();
        }

        Clients = caseload.Value;
        return Page();
    }
}
