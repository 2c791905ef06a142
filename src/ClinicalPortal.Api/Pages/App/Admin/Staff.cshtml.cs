using ClinicalPortal.Application.Staff;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// The organisation's staff, active and deactivated (<see cref="ListStaff"/>), and the form that adds a clinician or a
/// supervisor (<see cref="CreateStaffMember"/>, as <c>POST /api/v1/staff</c>: the person gets an invitation e-mail).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class StaffModel(IMediator mediator) : AdminPageModel(mediator)
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Role { get; set; } = nameof(Domain.Common.Role.Clinician);

    [BindProperty]
    public Guid? SupervisorId { get; set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await Mediator.Send(new CreateStaffMember(Email?.Trim(), DisplayName?.Trim(), Role, SupervisorId), Aborted);
        return await AfterAsync(created, s => UiText.StaffCreated(s.DisplayName, s.Email), ShowAsync);
    }

    private async Task<IActionResult> ShowAsync() => await LoadStaffAsync() ? Page() : NotFound();
}
