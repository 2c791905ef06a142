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
/// <remarks>
/// Skip logic (the C-SSRS screener) comes from the instrument's definition, never a copy. With JavaScript
/// (<c>/js/questionnaire.js</c>) a dependent item appears, and is required, once its gate has the gate value
/// (<c>data-gate-item</c>, <c>data-gate-value</c>). Without it the page asks in two steps: step 1 the items always asked;
/// when a gate opened dependents, step 2 shows the gate answers read-only (hidden fields) and the dependents. Answers
/// bind by item number (<c>Answers[3]</c>), and answers to items not asked are dropped before scoring.
/// </remarks>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class QuestionnaireModel(IMediator mediator) : PageModel
{
    public InstrumentDefinition? Instrument { get; private set; }

    public HelpResponse? Help { get; private set; }

    public AssessmentResponse? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The answers by item number (1-based), as the radio buttons post them.</summary>
    [BindProperty]
    public Dictionary<int, int?> Answers { get; set; } = [];

    /// <summary>1: the items always asked (and, with JavaScript, the dependents their gates open); 2: the dependents the gates opened.</summary>
    [BindProperty]
    public int Step { get; set; } = 1;

    /// <summary>"Change my earlier answers" on step 2: back to step 1 with the answers kept.</summary>
    [BindProperty]
    public bool Edit { get; set; }

    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The answers in item order (null = not answered), as the definition's rule and the scorer read them.</summary>
    public IReadOnlyList<int?> InItemOrder => Instrument!.Items.Select(i => Answers.GetValueOrDefault(i.Number)).ToList();

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await LoadAsync(code) is not { } clientId)
        {
            return NotFound();
        }

        var instrument = Instrument!;
        var notAnOption = instrument.Items.Where(i => Answers.GetValueOrDefault(i.Number) is int v && !i.Allows(v)).Select(i => i.Number).ToList();
        if (notAnOption.Count > 0)
        {
            Step = 1;
            Error = UiText.NotAnOption(notAnOption);
            Answers = [];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A dependent's answer left over after its gate changed (or one never asked) is dropped, not refused.
        var answers = instrument.WithoutAnswersNotAsked(InItemOrder);
        Answers = instrument.Items.ToDictionary(i => i.Number, i => answers[i.Number - 1]);
        if (Edit)
        {
            Step = 1;
            return Page();
        }

        var unanswered = instrument.AskedButUnanswered(answers);
        var shown = Step == 1 ? unanswered.Where(n => instrument.GateOf(n) is null).ToList() : unanswered;
        if (shown.Count > 0)
        {
            Error = UiText.PleaseAnswer(shown);
            return Page();
        }

        if (unanswered.Count > 0)
        {
            Step = 2; // the gates opened questions step 1 did not show
            return Page();
        }

        var submitted = await mediator.Send(new SubmitAssessment(clientId, instrument.Code, answers, IdempotencyKey), HttpContext.RequestAborted);
        if (!submitted.IsSuccess)
        {
            Error = UiText.AnswersNotSaved;
            return Page();
        }

        Result = submitted.Value.Assessment;
        return Page();
    }

    /// <summary>True when item <paramref name="number"/> is asked given the answers so far.</summary>
    public bool IsAsked(int number) => Instrument!.IsAsked(number, InItemOrder);

    /// <summary>True when item <paramref name="number"/> is a gate that the answers so far opened (shown read-only on step 2).</summary>
    public bool OpenedDependents(int number) =>
        Instrument!.Items.Any(i => Instrument.GateOf(i.Number)?.GateItem == number && IsAsked(i.Number));

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
