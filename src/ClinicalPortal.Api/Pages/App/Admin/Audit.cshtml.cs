using System.Globalization;
using ClinicalPortal.Application.Audit;
using ClinicalPortal.Application.Common.Abstractions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// The organisation's audit trail, oldest first (<see cref="ListAuditEvents"/>, as <c>GET /api/v1/audit</c>): searched by
/// client id and by days (UTC), a page at a time (the next page starts after the last event shown), and the check that
/// the sealed chain is unaltered (<see cref="VerifyAuditChain"/>), told in words.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class AuditModel(IMediator mediator) : AdminPageModel(mediator)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    /// <summary>The first day (UTC), yyyy-MM-dd.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last day (UTC), yyyy-MM-dd, included.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AfterId { get; set; }

    public IReadOnlyList<AuditEventResponse> Events { get; private set; } = [];

    public AuditVerification? Verification { get; private set; }

    /// <summary>The next page's address, with the same search; null on the last page.</summary>
    public string? NextPage => Events.Count < PageSize ? null : Url.Page("Audit", new { ClientId, From, To, AfterId = Events[^1].Id });

    public string Actor(AuditEventResponse e) =>
        NameOf(e.ActorUserId) ?? e.ActorUserId?.ToString() ?? e.ActorClientApp ?? UiText.AuditSystemActor;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var verified = await Mediator.Send(new VerifyAuditChain(), Aborted);
        if (!verified.IsSuccess)
        {
            return NotFound();
        }

        Verification = verified.Value;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var events = await Mediator.Send(new ListAuditEvents(Blank(ClientId), StartOf(From), EndOf(To), Blank(AfterId), PageSize.ToString(CultureInfo.InvariantCulture)), Aborted);
        if (!await LoadStaffAsync())
        {
            return NotFound();
        }

        if (events.IsSuccess)
        {
            Events = events.Value;
        }
        else if (!Keep(events.Error!))
        {
            return NotFound();
        }

        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A day's first instant in UTC; anything that is not a day goes to the request as it is, which names what is wrong.</summary>
    private static string? StartOf(string? day) => Day(day) is { } d ? Iso(d) + "T00:00:00Z" : Blank(day);

    private static string? EndOf(string? day) => Day(day) is { } d ? Iso(d) + "T23:59:59.999999Z" : Blank(day);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
