using System.Globalization;
using ClinicalPortal.Api.Pages.App;
using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.Alerts;

/// <summary>
/// The page an alert e-mail links to: the alert, what is due by when, the contacts tried, its timeline, and what staff
/// do with it (acknowledge, record a contact, add a note, resolve), each through the same audited request as the API.
/// Every decision posts the version the page showed: when the alert changed meanwhile (a new trigger, a raised tier,
/// someone else acted) nothing changes and the page shows the alert as it is now. Outside the caller's reach it is a
/// 404, as in the API.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class DetailModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>The forms of the page, by the handler they post to; a refusal is shown in the form that was sent.</summary>
    public const string AcknowledgeForm = "acknowledge", ContactForm = "contact", NoteForm = "note", ResolveForm = "resolve", CosignForm = "cosign";

    public AlertResponse? Alert { get; private set; }

    /// <summary>The form whose request was refused (its values are shown again, its fields' messages beside them); null after a GET.</summary>
    public string? RefusedForm { get; private set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Disposition { get; set; }

    /// <summary>A local date and time from the form; its offset from UTC is <see cref="OffsetMinutes"/> (UTC without it).</summary>
    [BindProperty]
    public string? FollowUpAt { get; set; }

    /// <summary>The browser's offset from UTC in minutes, east positive (set by <c>/js/local-time.js</c>).</summary>
    [BindProperty]
    public int? OffsetMinutes { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public bool? Reached { get; set; }

    /// <summary>The documented risk assessment of the resolution (the risk level and why, the safety plan, lethal means, next contact).</summary>
    [BindProperty]
    public string? RiskLevel { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public bool? SafetyPlanReviewed { get; set; }

    [BindProperty]
    public bool? MeansCounselling { get; set; }

    /// <summary>A local date and time, at <see cref="OffsetMinutes"/>, as <see cref="FollowUpAt"/>.</summary>
    [BindProperty]
    public string? NextContactAt { get; set; }

    [BindProperty]
    public bool? SupervisorConsulted { get; set; }

    /// <summary>The alert's version the page showed when the decision was made.</summary>
    [BindProperty]
    public int? ExpectedVersion { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) =>
        ActAsync(id, AcknowledgeForm, Mediator.Send(new AcknowledgeAlert(id, ExpectedVersion ?? 0), HttpContext.RequestAborted),
            "Acknowledged. Now reach the client: the deadline is shown below.");

    public Task<IActionResult> OnPostContactAsync(Guid id) =>
        ActAsync(id, ContactForm, Mediator.Send(new RecordAlertContact(id, Channel, Reached, Note, ExpectedVersion), HttpContext.RequestAborted),
            Reached == true ? "The contact is recorded." : "The attempt is recorded. The deadline to reach the client still runs.");

    public Task<IActionResult> OnPostNoteAsync(Guid id) =>
        ActAsync(id, NoteForm, Mediator.Send(new AddAlertNote(id, Note), HttpContext.RequestAborted), "The note is on the timeline.");

    public Task<IActionResult> OnPostResolveAsync(Guid id)
    {
        var unreachable = Disposition == nameof(Domain.Alerts.Disposition.UnableToReach);
        // The assessment goes with a closing resolution when any of it was filled in (the request says what is missing).
        var filled = (RiskLevel ?? Rationale ?? NextContactAt) is not null || SafetyPlanReviewed is not null || MeansCounselling is not null;
        var assessment = filled && !unreachable
            ? new RiskAssessmentInput(RiskLevel, Rationale, SafetyPlanReviewed, MeansCounselling, Instant(NextContactAt, OffsetMinutes), SupervisorConsulted)
            : null;
        return ActAsync(id, ResolveForm, Mediator.Send(new ResolveAlert(
                id, Disposition, Note, unreachable ? Instant(FollowUpAt, OffsetMinutes) : null, ExpectedVersion, unreachable ? Channel : null, assessment),
            HttpContext.RequestAborted), "Saved.");
    }

    public Task<IActionResult> OnPostCosignAsync(Guid id) =>
        ActAsync(id, CosignForm, Mediator.Send(new CosignAlert(id, Note, ExpectedVersion), HttpContext.RequestAborted), "Co-signed: the alert is resolved.");

    /// <summary>When a time is shown: in UTC on the server, named; <c>/js/local-time.js</c> rewrites it in the reader's zone.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("ddd d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The messages of a field of one form, in a responder's words where the page has them; none when another form was sent.</summary>
    /// <remarks>A message that names its JSON field ('followUpAt' must be ...) is written for API callers and is said in the
    /// page's words; any other (the domain's "For an alert of imminent risk the next try must be within 4 hours of this one") is shown as it is.</remarks>
    public IReadOnlyList<string> NeedsOf(string form, string field) => RefusedForm != form
        ? []
        : ErrorsOf(field).Select(m => m.StartsWith('\'') && AlertWords.FieldNeeds(field) is { } words ? words : m).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The field's messages for <c>_FieldErrors</c>, under the id <see cref="DescribedByIn"/> names.</summary>
    public FieldErrors FieldErrorsIn(string form, string field) => new(ErrorId(form, field), NeedsOf(form, field));

    /// <summary>The id of the field's message element for <c>aria-describedby</c>, when it has one.</summary>
    public string? DescribedByIn(string form, string field) => NeedsOf(form, field).Count > 0 ? ErrorId(form, field) : null;

    /// <summary><c>aria-invalid</c> of a refused field.</summary>
    public string? InvalidIn(string form, string field) => NeedsOf(form, field).Count > 0 ? "true" : null;

    /// <summary>A value the refused form sent, to show it again (nothing for the other forms, which start empty).</summary>
    public string? Sent(string form, string? value) => RefusedForm == form ? value : null;

    private static string ErrorId(string form, string field) => $"{form}-{field.Replace('.', '-')}-error";

    /// <summary>Whether the signed-in person proposed the false positive awaiting co-signature (they cannot co-sign it).</summary>
    public bool ProposedByMe => Alert?.CosignRequestedBy is { } by
        && string.Equals(User.FindFirst(OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject)?.Value, by.ToString(), StringComparison.OrdinalIgnoreCase);

    private async Task<IActionResult> ActAsync(Guid id, string form, ValueTask<Result<AlertResponse>> action, string done)
    {
        var result = await action;
        if (form == CosignForm && result.Error is { Kind: ErrorKind.Forbidden } notYours)
        {
            // The reader may see the alert but not co-sign it (not a supervisor, administrator or on-call): say why.
            Problem = notYours.Message;
            return await ShowAsync(id);
        }

        return await AfterAsync(result, _ => done, () =>
        {
            RefusedForm = form;
            if (result.Error!.Code == Domain.Alerts.Alert.Changed)
            {
                Problem = "Nothing was saved: this alert changed since you opened it (a new risk signal, a change of risk, or someone else acted). It is shown below as it is now; review it and decide again.";
                RefusedForm = null; // the decision is made again on what the alert is now
            }

            return ShowAsync(id);
        }, new { id });
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var alert = await Mediator.Send(new GetAlert(id), HttpContext.RequestAborted);
        if (!alert.IsSuccess)
        {
            return NotFound();
        }

        Alert = alert.Value;
        return Page();
    }

    /// <summary>A <c>datetime-local</c> value at the browser's offset as an ISO 8601 instant (an offset already given is kept).</summary>
    private static string? Instant(string? local, int? offsetMinutes)
    {
        if (string.IsNullOrWhiteSpace(local) || HasOffset(local))
        {
            return local;
        }

        var offset = TimeSpan.FromMinutes(offsetMinutes is { } m && Math.Abs(m) <= 14 * 60 ? m : 0);
        return local.Trim() + (offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Where the follow-up screen stands, in words and times ("Due since the PHQ-9 of", a time, ": not answered yet."):
    /// the page shows each time as a <c>time</c> element, in the reader's zone.
    /// </summary>
    public static IReadOnlyList<object> ScreeningLine(ScreeningFollowUpResponse s) => s.Status switch
    {
        ScreeningFollowUpResponse.Due => ["Due since the PHQ-9 of ", s.TriggeredAt!.Value, ": not answered yet."],
        ScreeningFollowUpResponse.CareEnded => ["Not answered: asked for by the PHQ-9 of ", s.TriggeredAt!.Value, ", the client's care has ended."],
        _ => [
            "Answered ", s.ScreenerAnsweredAt!.Value,
            .. s.TriggeredAt is { } asked ? new object[] { ", after the PHQ-9 of ", asked } : [],
            s.ScreenerTier is { } tier ? $": positive ({AlertWords.Tier(tier).ToLowerInvariant()})." : ": no risk answer.",
        ],
    };

    private static bool HasOffset(string value) =>
        value.TrimEnd().EndsWith('Z') || value.LastIndexOf('+') > 9 || value.LastIndexOf('-') > 9;
}
