using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Practice;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Homework;

/// <summary>
/// The client's homework: their plan's goals and their clinician's note, then the tasks of today and the next six days
/// (<c>GET /api/v1/me/homework</c>), each linking to the page where it is done or read back.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public HelpResponse? Help { get; private set; }

    public PracticePlanResponse? Plan { get; private set; }

    public IReadOnlyList<IGrouping<DateOnly, HomeworkTaskResponse>> Days { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await ClientPage.LoadAsync(mediator, ct) is not { } client)
        {
            return NotFound();
        }

        Help = client.Help;
        var homework = await mediator.Send(new GetMyHomework(null, null), ct);
        if (!homework.IsSuccess)
        {
            return NotFound();
        }

        var plan = await mediator.Send(new GetMyPracticePlan(), ct);
        Plan = plan.IsSuccess ? plan.Value : null; // none assigned yet: the page says so
        Days = homework.Value.GroupBy(t => t.Date).ToList();
        return Page();
    }
}
