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
/// supervisor's minutes, the repeat interval and the on-call staff, chosen among the active staff.
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
    public int? SupervisorWithinMinutes { get; set; }

    [BindProperty]
    public int? RepeatEveryMinutes { get; set; }

    [BindProperty]
    public List<Guid> OnCallUserIds { get; set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(fill: true);

    public async Task<IActionResult> OnPostAsync()
    {
        // A tier left empty is not sent, so the request names the missing tier.
        var minutes = AcknowledgeWithinMinutes.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value);
        var set = await Mediator.Send(new SetEscalationPolicy(minutes, SupervisorWithinMinutes, OnCallUserIds, RepeatEveryMinutes), Aborted);
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
            SupervisorWithinMinutes = Policy.SupervisorWithinMinutes;
            RepeatEveryMinutes = Policy.RepeatEveryMinutes;
            OnCallUserIds = Policy.OnCallUserIds.ToList();
        }

        return Page();
    }
}
