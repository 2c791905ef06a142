using ClinicalPortal.Application.Supervision;
using ClinicalPortal.Application.Wellbeing;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Supervision;

/// <summary>
/// The supervisor's page: the team's figures, the flagged clients with their reasons (no answers, no free text), and the
/// team's well-being by month (<see cref="GetCaseloadRisk"/> and <see cref="GetTeamWellbeing"/>); anyone else gets a 404 page.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CaseloadRiskResponse? Risk { get; private set; }

    public TeamWellbeingResponse? Wellbeing { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var risk = await mediator.Send(new GetCaseloadRisk(Sort: "flags", Limit: "100"), HttpContext.RequestAborted);
        if (!risk.IsSuccess)
        {
            return NotFound();
        }

        var wellbeing = await mediator.Send(new GetTeamWellbeing(), HttpContext.RequestAborted);
        if (!wellbeing.IsSuccess)
        {
            return NotFound();
        }

        Risk = risk.Value;
        Wellbeing = wellbeing.Value;
        return Page();
    }
}
