using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.OrganizationSettings;
using ClinicalPortal.Domain.Measures;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// The organisation's escalation policy in words (<see cref="GetEscalationPolicy"/>) and the form that changes it
/// (<see cref="SetEscalationPolicy"/>, as <c>PUT /api/v1/organization/escalation-policy</c>): minutes per tier, the
/// supervisor's minutes, the repeat interval, the on-call staff (chosen among the active staff), and per tier the
/// minutes from the acknowledgement to first contact with the client and to resolution.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class EscalationModel(IMediator mediator) : AdminPageModel(mediator)
{
    public EscalationPolicyResponse? Policy { get; private set; }

    /// <summary>The tiers, most urgent first, as the policy lists them.</summary>
    public static IReadOnlyList<RiskTier> Tiers { get; } = Enum.GetValues<RiskTier>().OrderDescending().ToList();

    /// <summary>Minutes by tier name (<c>AcknowledgeWithinMinutes[High]</c> in the form).</summary>
    [BindProperty]
    public Dictionary<string, int?> AcknowledgeWithinMinutes { get; set; } = [];

    [BindProperty]
    public Dictionary<string, int?> FirstContactWithinMinutes { get; set; } = [];

    [BindProperty]
    public Dictionary<string, int?> ResolveWithinMinutes { get; set; } = [];

    /// <summary>The three per-tier maps of the form: its legend, the request's field, each tier's label, the values, the most minutes allowed.</summary>
    public IReadOnlyList<(string Legend, string Field, Func<string, string> Label, Dictionary<string, int?> Minutes, int Max)> TierMaps =>
    [
        (UiText.AcknowledgeLegend, "acknowledgeWithinMinutes", UiText.TierDeadline, AcknowledgeWithinMinutes, Domain.Alerts.EscalationPolicy.MaxMinutes),
        (UiText.FirstContactLegend, "firstContactWithinMinutes", t => UiText.TierDeadline(t) + ": reach the client within", FirstContactWithinMinutes,
            Domain.Alerts.EscalationPolicy.MaxMinutes),
        (UiText.ResolveLegend, "resolveWithinMinutes", t => UiText.TierDeadline(t) + ": resolve within", ResolveWithinMinutes,
            Domain.Alerts.EscalationPolicy.MaxResolveMinutes),
    ];

    [BindProperty]
    public int? SupervisorWithinMinutes { get; set; }

    [BindProperty]
    public int? RepeatEveryMinutes { get; set; }

    [BindProperty]
    public List<Guid> OnCallUserIds { get; set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(fill: true);

    public async Task<IActionResult> OnPostAsync()
    {
        // A tier left empty is not sent, so the request names the missing tier.
        var set = await Mediator.Send(new SetEscalationPolicy(
            Sent(AcknowledgeWithinMinutes), SupervisorWithinMinutes, OnCallUserIds, RepeatEveryMinutes, SentIfAny(nameof(FirstContactWithinMinutes), FirstContactWithinMinutes),
            SentIfAny(nameof(ResolveWithinMinutes), ResolveWithinMinutes)), Aborted);
        return await AfterAsync(set, _ => UiText.EscalationSaved, () => ShowAsync(fill: false));
    }

    /// <summary>The policy in force and the staff; <paramref name="fill"/> puts the policy into the form (not after a refusal, which keeps what was sent).</summary>
    private async Task<IActionResult> ShowAsync(bool fill)
    {
        var policy = await Mediator.Send(new GetEscalationPolicy(), Aborted);
        if (!policy.IsSuccess || !await LoadStaffAsync())
        {
            return NotFound();
        }

        Policy = policy.Value;
        if (fill)
        {
            AcknowledgeWithinMinutes = Policy.AcknowledgeWithinMinutes.ToDictionary(kv => kv.Key, kv => (int?)kv.Value);
            FirstContactWithinMinutes = Policy.FirstContactWithinMinutes.ToDictionary(kv => kv.Key, kv => (int?)kv.Value);
            ResolveWithinMinutes = Policy.ResolveWithinMinutes.ToDictionary(kv => kv.Key, kv => (int?)kv.Value);
            SupervisorWithinMinutes = Policy.SupervisorWithinMinutes;
            RepeatEveryMinutes = Policy.RepeatEveryMinutes;
            OnCallUserIds = Policy.OnCallUserIds.ToList();
        }

        return Page();
    }

    private static Dictionary<string, int> Sent(Dictionary<string, int?> minutes) =>
        minutes.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value);

    /// <summary>
    /// A map the form did not post at all keeps the organisation's current minutes (as the API does when it is left out).
    /// Asked of the form itself: a dictionary the form lacks is bound from the whole form (the binder's empty-prefix fallback).
    /// </summary>
    private Dictionary<string, int>? SentIfAny(string name, Dictionary<string, int?> minutes) =>
        Request.Form.Keys.Any(k => k.StartsWith(name + "[", StringComparison.Ordinal)) ? Sent(minutes) : null;
}
