using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// A client answers an instrument: every item with its published option labels as radio buttons (one per screen on a
/// phone by the stylesheet, all on one page on a wide screen), sent as <c>POST /api/v1/clients/{id}/assessments</c>
/// would send them (the same request, with an idempotency key so a double submit stores one result). A risk answer
/// shows the crisis lines and the safety plan at once, on the result.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class QuestionnaireModel(IMediator mediator) : PageModel
{
    public InstrumentDefinition? Instrument { get; private set; }

    public HelpResponse? Help { get; private set; }

    public AssessmentResponse? Result { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public List<int?> Answers { get; set; } = [];

    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await LoadAsync(code) is not { } clientId)
        {
            return NotFound();
        }

        var answers = Enumerable.Range(0, Instrument!.Items.Count).Select(i => Answers.ElementAtOrDefault(i)).ToList();
        var submitted = await mediator.Send(new SubmitAssessment(clientId, Instrument.Code, answers, IdempotencyKey), HttpContext.RequestAborted);
        if (!submitted.IsSuccess)
        {
            var unanswered = submitted.Error!.Violations?.Select(v => v.Position).OfType<int>().ToList() ?? [];
            Error = unanswered.Count > 0
                ? $"Please answer question {string.Join(", ", unanswered)}."
                : "Your answers could not be saved. Please check them and send them again.";
            return Page();
        }

        Result = submitted.Value.Assessment;
        return Page();
    }

    /// <summary>The instrument and the client's crisis panel, and the caller's client record; null (a 404 page) for an unknown instrument or for staff.</summary>
    private async Task<Guid?> LoadAsync(string code)
    {
        if (!InstrumentLibrary.TryGet(code, out var instrument))
        {
            return null;
        }

        if (await ClientPage.LoadAsync(mediator, HttpContext.RequestAborted) is not { } client)
        {
            return null;
        }

        Instrument = instrument;
        Help = client.Help;
        return client.ClientId;
    }
}
