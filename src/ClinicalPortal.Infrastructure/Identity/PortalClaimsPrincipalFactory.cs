using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>
/// The sign-in cookie's principal carries what an access token carries (subject, role, organisation), so a page
/// that sends a request through the mediator is authorised by the same rules as the API.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Claims.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(PortalClaims.OrganizationId, user.OrganizationId.ToString()));
        return identity;
    }
}
