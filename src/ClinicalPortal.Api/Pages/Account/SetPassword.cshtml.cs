using System.Text;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicalPortal.Api.Pages.Account;

/// <summary>Where an invitation link lands: the person chooses a password; the link works once. Every attempt is audited.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<PortalUser> users, AuditEntries entries, IAuditTrail trail) : PageModel
{
    public const string InvalidLink = "This link is no longer valid. Ask your clinic for a new invitation.";

    [BindProperty(SupportsGet = true)]
    public string? Uid { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? ErrorMessage { get; private set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password) || Password != Confirm)
        {
            ErrorMessage = string.IsNullOrEmpty(Password) ? "Choose a password." : "The two passwords differ.";
            return Page();
        }

        // A uid that is not an id names no account: no lookup (and no database error) for it.
        var user = Guid.TryParse(Uid, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var result = user is null || user.DisabledAt is not null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, DecodeToken(Token), Password);
        if (result.Succeeded)
        {
            user!.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        var invalidLink = result.Errors.Any(e => e.Code == "InvalidToken");
        var outcome = result.Succeeded ? AuditOutcome.Success : invalidLink ? AuditOutcome.Denied : AuditOutcome.Invalid;
        var status = result.Succeeded ? 200 : 400;
        var reason = result.Succeeded ? null : invalidLink ? "invalid_link" : "weak_password";
        await trail.RecordAsync(user is null
            ? entries.Anonymous("auth.set-password", outcome, status, null, reason!)
            : entries.ForAccount("auth.set-password", outcome, status, new UserId(user.Id), new OrganizationId(user.OrganizationId), null, reason),
            HttpContext.RequestAborted);

        if (!result.Succeeded)
        {
            ErrorMessage = invalidLink ? InvalidLink : string.Join(" ", result.Errors.Select(e => e.Description));
            return Page();
        }

        Done = true;
        return Page();
    }

    private static string DecodeToken(string? token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token ?? string.Empty));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
