using ClinicalPortal.Application.Notifications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.App.Notifications;

/// <summary>
/// The staff member's notifications (<c>GET /api/v1/me/notifications</c>): unread first, each linking to its alert,
/// with "mark read" (which is not acknowledging the alert: that is done on the alert's page). A client gets a 404 page.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<NotificationResponse> Notifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var list = await mediator.Send(new ListMyNotifications(), HttpContext.RequestAborted);
        if (!list.IsSuccess)
        {
            return NotFound();
        }

        Notifications = list.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        var read = await mediator.Send(new MarkNotificationRead(id), HttpContext.RequestAborted);
        return read.IsSuccess ? RedirectToPage() : NotFound();
    }
}
