using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Security;

/// <summary>
/// The sign-in cookie ends like a token does: when its account is disabled, locked out or deleted, within
/// <see cref="AuthOptions.AccessCheckInterval"/> (the same <see cref="AccessLiveness"/> check and cache).
/// </summary>
public static class CookieStanding
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
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
