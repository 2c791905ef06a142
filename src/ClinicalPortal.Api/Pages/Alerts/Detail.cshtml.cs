using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.Alerts;

/// <summary>
/// The page an alert e-mail links to: the alert, its timeline, and the three things staff do with it (acknowledge,
/// add a note, resolve), each through the same audited request as the API. Outside the caller's reach it is a 404,
/// as in the API.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class DetailModel(IMediator mediator) : PageModel
{
    public AlertResponse? Alert { get; private set; }

    /// <summary>What the last action did, or why it was refused (field errors by field).</summary>
    [TempData]
    public string? Message { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Disposition { get; set; }

    /// <summary>An ISO 8601 time; without an offset it is taken as UTC (the form says so).</summary>
    [BindProperty]
    public string? FollowUpAt { get; set; }

    public static IReadOnlyList<string> Dispositions { get; } = Enum.GetNames<Disposition>();

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) =>
        ActAsync(id, mediator.Send(new AcknowledgeAlert(id), HttpContext.RequestAborted), "Acknowledged: escalation has stopped.");

    public Task<IActionResult> OnPostNoteAsync(Guid id) =>
        ActAsync(id, mediator.Send(new AddAlertNote(id, Note), HttpContext.RequestAborted), "The note is on the timeline.");

    public Task<IActionResult> OnPostResolveAsync(Guid id)
    {
        var followUp = string.IsNullOrWhiteSpace(FollowUpAt) || HasOffset(FollowUpAt) ? FollowUpAt : FollowUpAt.Trim() + "Z";
        return ActAsync(id, mediator.Send(new ResolveAlert(id, Disposition, Note, followUp), HttpContext.RequestAborted), "Saved.");
    }

    private async Task<IActionResult> ActAsync(Guid id, ValueTask<Result<AlertResponse>> action, string done)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            Message = done;
            return RedirectToPage(new { id }); // post, redirect, get: a reload does not act twice
        }

        if (result.Error!.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
        {
            return NotFound();
        }

        Errors = result.Error.Fields;
        Message = result.Error.Message;
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var alert = await mediator.Send(new GetAlert(id), HttpContext.RequestAborted);
        if (!alert.IsSuccess)
        {
            return NotFound();
        }

        Alert = alert.Value;
        return Page();
    }

    private static bool HasOffset(string value) =>
        value.TrimEnd().EndsWith('Z') || value.LastIndexOf('+') > 9 || value.LastIndexOf('-') > 9;
}
