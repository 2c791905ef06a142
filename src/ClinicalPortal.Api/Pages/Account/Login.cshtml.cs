using ClinicalPortal.Api.Auth;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClinicalPortal.Api.Pages.Account;

/// <summary>
/// The server-rendered login page of the authorization-code flow. The same sign-in rule as the token endpoint
/// (<see cref="PasswordSignIn"/>: atomic lockout, equal time and equal words whether or not the account exists);
/// every attempt is audited, an empty field included.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(PasswordSignIn passwords, SignInManager<PortalUser> cookies, AuditEntries entries, IAuditTrail trail) : PageModel
{
    public const string ClientApp = "login-page";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>
    /// Before sign-in the country is not known, so every emergency number the catalogue holds, by country: a single
    /// country's number (988, 911) would be wrong for everyone elsewhere.
    /// </summary>
    public static string EmergencyNumbers { get; } = string.Join("; ", Domain.Crisis.CrisisLines.SupportedCountries
        .Order(StringComparer.Ordinal)
        .Select(code => $"{new System.Globalization.RegionInfo(code).EnglishName} {Domain.Crisis.CrisisLines.EmergencyFor(code)!.Contact["tel:".Length..]}"));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var attempt = await passwords.CheckAsync(Email, Password, HttpContext.RequestAborted);
        var missing = !attempt.Succeeded && (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password));
        var reason = missing ? "missing_credentials" : attempt.Reason;
        var entry = attempt.User is { } user
            ? entries.ForAccount("auth.login", attempt.Succeeded ? AuditOutcome.Success : AuditOutcome.Denied, attempt.Succeeded ? 302 : 400,
                new UserId(user.Id), new OrganizationId(user.OrganizationId), ClientApp, reason)
            : entries.Anonymous("auth.login", AuditOutcome.Denied, 400, ClientApp, reason!);
        await trail.RecordAsync(entry, HttpContext.RequestAborted);

        if (attempt.Succeeded)
        {
            await cookies.SignInAsync(attempt.User!, isPersistent: false);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
        }

        // The same words for every failure: they must not reveal that the account exists. The audit records which.
        ErrorMessage = ConnectEndpoints.WrongCredentials + " After repeated failures, sign-in is paused for a while.";
        Password = null;
        return Page();
    }
}
