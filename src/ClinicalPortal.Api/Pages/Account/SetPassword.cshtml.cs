using System.Text;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicalPortal.Api.Pages.Account;

/// <summary>Where an invitation link lands: the person chooses a password; the link works once.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<PortalUser> users, IAuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Uid { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string Confirm { get; set; } = string.Empty;

    public string? ErrorMessage { get; private set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Confirm)
        {
            ErrorMessage = "The two passwords differ.";
            return Page();
        }

        var user = Uid is null ? null : await users.FindByIdAsync(Uid);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token ?? string.Empty));
        }
        catch (FormatException)
        {
            token = string.Empty;
        }

        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, Password);
        if (result.Succeeded && user is not null)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await trail.RecordAsync(new AuditEntry
        {
            Action = "auth.set-password",
            Outcome = result.Succeeded ? AuditOutcome.Success : AuditOutcome.Denied,
            StatusCode = result.Succeeded ? 200 : 400,
            OrganizationId = user is null ? null : new OrganizationId(user.OrganizationId),
            ActorUserId = user is null ? null : new UserId(user.Id),
            ResourceType = "User",
            ResourceId = user?.Id.ToString(),
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
            RequestId = HttpContext.TraceIdentifier,
        }, HttpContext.RequestAborted);

        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == "InvalidToken") || user is null;
            ErrorMessage = invalidToken
                ? "This link is no longer valid. Ask your clinic for a new invitation."
                : string.Join(" ", result.Errors.Select(e => e.Description));
            return Page();
        }

        Done = true;
        return Page();
    }
}
