using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// Each role's home. A client: the help button, their crisis lines and safety plan, and what is due; staff: their work.
/// Everything through the mediator, the same requests as the API.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public MeResponse? Me { get; private set; }

    public HelpResponse? Help { get; private set; }

    public IReadOnlyList<DueAssessmentResponse> Due { get; private set; } = [];

    /// <summary>Check-ins after a crisis waiting for an answer: shown first.</summary>
    public IReadOnlyList<CheckInResponse> CheckIns { get; private set; } = [];

    /// <summary>The client's homework they can do now whose day is today (a missed one is on the homework page).</summary>
    public IReadOnlyList<HomeworkTaskResponse> Today { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var me = await mediator.Send(new GetMe(), ct);
        if (!me.IsSuccess)
        {
            return NotFound();
        }

        Me = me.Value;
        if (Me.Role == Role.Client)
        {
            var help = await mediator.Send(new GetMyCrisisResources(), ct);
            var due = await mediator.Send(new GetDueAssessments(), ct);
            var homework = await mediator.Send(new GetMyHomework(null, null), ct);
            var checkIns = await mediator.Send(new ListMyCheckIns(), ct);
            CheckIns = checkIns.IsSuccess ? checkIns.Value : [];
            Help = help.IsSuccess ? help.Value : null;
            Due = due.IsSuccess ? due.Value : [];
            Today = homework.IsSuccess ? homework.Value.Where(t => t is { CanRecord: true, Status: "Due" }).ToList() : [];
        }

        return Page();
    }
}
