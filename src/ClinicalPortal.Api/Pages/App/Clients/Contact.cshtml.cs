using ClinicalPortal.Application.Clients;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>
/// How responders reach the client in a crisis: their phone and an emergency contact, as <see cref="GetClient"/> shows
/// them, and for the roles that may, the form that changes them (<see cref="UpdateClient"/>, as <c>PATCH /clients/{id}</c>).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class ContactModel(IMediator mediator) : ClientPageModel(mediator)
{
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? EmergencyName { get; set; }

    [BindProperty]
    public string? EmergencyPhone { get; set; }

    [BindProperty]
    public string? EmergencyRelationship { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostSaveAsync(Guid id) =>
        ActAsync(id, Mediator.Send(new UpdateClient(id, null, null, null, null, null, null, Phone?.Trim() ?? string.Empty,
            new EmergencyContactInput(EmergencyName, EmergencyPhone, EmergencyRelationship)), HttpContext.RequestAborted), UiText.ContactSaved, ShowAsync);

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (!await LoadClientAsync(id))
        {
            return NotFound();
        }

        if (Request.Method == HttpMethods.Get)
        {
            Phone = Contact?.Phone;
            (EmergencyName, EmergencyPhone, EmergencyRelationship) =
                (Contact?.EmergencyContact?.Name, Contact?.EmergencyContact?.Phone, Contact?.EmergencyContact?.Relationship);
        }

        return Page();
    }
}
