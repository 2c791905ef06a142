using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.Account;

/// <summary>The server-rendered login page of the authorization-code flow. Lockout applies; every attempt is audited.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IAuditTrail trail) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByEmailAsync(Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);

        await trail.RecordAsync(new AuditEntry
        {
            Action = "auth.login",
            Outcome = result.Succeeded ? AuditOutcome.Success : AuditOutcome.Denied,
            StatusCode = result.Succeeded ? 302 : 400,
            OrganizationId = user is null ? null : new OrganizationId(user.OrganizationId),
            ActorUserId = user is null ? null : new UserId(user.Id),
            ActorClientApp = "login-page",
            ResourceType = "User",
            ResourceId = user?.Id.ToString(),
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
            RequestId = HttpContext.TraceIdentifier,
            Details = result.Succeeded ? null
                : result.IsLockedOut ? """{"reason":"locked_out"}"""
                : user is null ? """{"reason":"unknown_account"}""" : """{"reason":"bad_password"}""",
        }, HttpContext.RequestAborted);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        // The same words for a lockout: they must not reveal that the account exists. The audit records which.
        ErrorMessage = "The e-mail or password is wrong. After repeated failures, sign-in is paused for a while.";
        Password = string.Empty;
        return Page();
    }
}
