using ClinicalPortal.Application.Staff;
using ClinicalPortal.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// One staff member of the organisation (<see cref="GetStaffMember"/>; anyone else's id is a 404 page): a clinician's
/// supervisor is set or removed (<see cref="SetSupervisor"/>), the phone number urgent alerts text is set or cleared
/// (<see cref="SetStaffPhone"/>), and a person who leaves is deactivated with a reason
/// (<see cref="DeactivateStaffMember"/>; a refusal says who must be transferred first).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class StaffMemberModel(IMediator mediator) : AdminPageModel(mediator)
{
    public StaffResponse? Member { get; private set; }

    [BindProperty]
    public Guid? SupervisorId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public async Task<IActionResult> OnPostSupervisorAsync(Guid id)
    {
        var set = await Mediator.Send(new SetSupervisor(id, SupervisorId), Aborted);
        if (set.IsSuccess)
        {
            await LoadStaffAsync(); // the supervisor's name for the message
        }

        return await AfterAsync(set, s => UiText.SupervisorSet(s.DisplayName, NameOf(s.SupervisorId)), () => ShowAsync(id), new { id });
    }

    public async Task<IActionResult> OnPostPhoneAsync(Guid id)
    {
        var set = await Mediator.Send(new SetStaffPhone(id, Phone?.Trim() ?? string.Empty), Aborted);
        return await AfterAsync(set, s => UiText.PhoneSaved(s.DisplayName, s.Phone), () => ShowAsync(id), new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id)
    {
        var deactivated = await Mediator.Send(new DeactivateStaffMember(id, Reason?.Trim()), Aborted);
        return await AfterAsync(deactivated, s => UiText.StaffDeactivated(s.DisplayName), () => ShowAsync(id), new { id });
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var member = await Mediator.Send(new GetStaffMember(id), Aborted);
        if (!member.IsSuccess || !await LoadStaffAsync())
        {
            return NotFound();
        }

        Member = member.Value;
        if (HttpMethods.IsGet(Request.Method)) // a refused choice comes back as it was posted ("none" included)
        {
            SupervisorId ??= Member.SupervisorId;
            Phone ??= Member.Phone;
        }
        return Page();
    }
}
