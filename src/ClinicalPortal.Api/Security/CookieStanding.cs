using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Security;

/// <summary>
/// The sign-in cookie ends like a token does: Identity's security-stamp check first (a new password or a disabled
/// login changes the stamp), then the account's standing (disabled, locked out or deleted), both within
/// <see cref="AuthOptions.AccessCheckInterval"/> (the standing through the same <see cref="AccessLiveness"/> check and cache).
/// </summary>
public static class CookieStanding
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
        {
            return; // rejected by the stamp check, which also signed the cookie out
        }

        var services = context.HttpContext.RequestServices;
        var alive = Guid.TryParse(context.Principal?.FindFirst(Claims.Subject)?.Value, out var user) &&
                    await services.GetRequiredService<AccessLiveness>().IsAliveAsync(
                        services.GetRequiredService<PortalDbContext>(), new AccessLiveness.TokenFacts(null, null, user), context.HttpContext.RequestAborted);
        if (!alive)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
