using System.Security.Claims;
using ClinicalPortal.Api.Security;
using ClinicalPortal.Infrastructure.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Auth;

/// <summary>Builds the claims a token carries for a user: subject, role, organisation, and (by scope) name and e-mail.</summary>
public static class PortalPrincipal
{
    public static ClaimsPrincipal For(PortalUser user, IEnumerable<string> requestedScopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Role, user.Role.ToString())
            .SetClaim(PortalClaims.OrganizationId, user.OrganizationId.ToString());

        var allowed = new[] { Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, OidcApplications.ApiScope };
        var scopes = requestedScopes.Where(allowed.Contains).ToHashSet();
        scopes.Add(OidcApplications.ApiScope);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForApplication(string clientId, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.ClientId, clientId);
        identity.SetScopes(OidcApplications.ApiScope);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Name and e-mail go to the identity token only when their scope was granted; the access token carries what the API authorises on.</summary>
    private static IEnumerable<string> DestinationsOf(Claim claim, IReadOnlySet<string> scopes) => claim.Type switch
    {
        Claims.Subject or Claims.Role or PortalClaims.OrganizationId => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name when scopes.Contains(Scopes.Profile) => [Destinations.IdentityToken],
        Claims.Email when scopes.Contains(Scopes.Email) => [Destinations.IdentityToken],
        _ => [],
    };
}
