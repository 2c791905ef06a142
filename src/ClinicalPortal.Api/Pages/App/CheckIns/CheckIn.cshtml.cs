using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Domain.Alerts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.CheckIns;

/// <summary>
/// A check-in after a crisis: the care team's message and one question, answered with one tap. "Not OK" raises an
/// alert and shows the crisis lines first, with the honest statement that the team may not see it straight away. The
/// same requests as <c>GET /api/v1/me/check-ins</c> and <c>POST /api/v1/me/check-ins/{id}</c>.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class CheckInModel(IMediator mediator) : PageModel
{
    public CheckInResponse? CheckIn { get; private set; }

    /// <summary>After an answer: what was answered, with the crisis lines.</summary>
    public CheckInAnswerResponse? Answered { get; private set; }

    public HelpResponse? Help { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? answer)
    {
        var ct = HttpContext.RequestAborted;
        var result = await mediator.Send(new AnswerCheckIn(id, answer), ct);
        if (result.IsSuccess)
        {
            Answered = result.Value;
            Help = result.Value.Help;
            return Page();
        }

        if (result.Error!.Kind == Domain.Common.ErrorKind.NotFound)
        {
            return NotFound();
        }

        // Answered already (another tab, a second tap) or no answer chosen: the question again, with why.
        Refusal = result.Error.Code == CaringContact.AlreadyAnswered ? UiText.CheckInAlreadyAnswered : UiText.CheckInChooseOne;
        if (!await LoadAsync(id))
        {
            var help = await mediator.Send(new GetMyCrisisResources(), ct);
            Help = help.IsSuccess ? help.Value : null;
        }

        Response.StatusCode = result.Error.Code == CaringContact.AlreadyAnswered ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var due = await mediator.Send(new ListMyCheckIns(), ct);
        var help = await mediator.Send(new GetMyCrisisResources(), ct);
        CheckIn = due.IsSuccess ? due.Value.FirstOrDefault(c => c.Id == id) : null;
        Help = help.IsSuccess ? help.Value : null;
        return CheckIn is not null;
    }
}
