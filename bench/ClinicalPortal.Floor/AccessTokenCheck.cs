using System.Text.Json;
using ClinicalPortal.Domain.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicalPortal.Floor;

/// <summary>
/// Validates the API's access tokens the way its OpenIddict validation does for this endpoint: RS256 signature
/// against the API's published signing keys, issuer, lifetime and token type (<c>at+jwt</c>); then reads
/// <c>sub</c>, <c>role</c>, <c>org_id</c> and <c>client_id</c>. The API configures no audience, so none is checked.
/// Not done here: the API's liveness check of the token entry and account (<c>RejectDeadAccessTokens</c>,
/// cached for 10 s), which is extra work of the API, not of the floor.
/// </summary>
internal sealed class AccessTokenCheck
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    private AccessTokenCheck(TokenValidationParameters parameters) => _parameters = parameters;

    /// <summary>Reads the issuer and the JWKS address from the API's discovery document, then the keys.</summary>
    public static async Task<AccessTokenCheck> LoadAsync(Uri apiBase, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = apiBase, Timeout = TimeSpan.FromSeconds(30) };
        string issuer;
        Uri jwksUri;
        using (var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(".well-known/openid-configuration", UriKind.Relative), ct)))
        {
            issuer = discovery.RootElement.GetProperty("issuer").GetString()
                ?? throw new InvalidOperationException("The discovery document names no issuer.");
            jwksUri = new Uri(discovery.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException("The discovery document names no jwks_uri."));
        }

        var keys = new JsonWebKeySet(await http.GetStringAsync(jwksUri, ct)).GetSigningKeys();
        if (keys.Count == 0)
        {
            throw new InvalidOperationException($"{jwksUri} holds no signing key.");
        }

        return new AccessTokenCheck(new TokenValidationParameters
        {
            ValidIssuer = issuer,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidTypes = ["at+jwt"],
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
    }

    /// <summary>The caller, or null when the header holds no valid access token of a person of an organisation.</summary>
    public async ValueTask<Caller?> ValidateAsync(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(authorization[Scheme.Length..].Trim(), _parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return null;
        }

        // The same rules as HttpCurrentUser and the PortalUser policy: a subject, a known role and an organisation.
        if (!token.TryGetPayloadValue<string>("sub", out var sub) || !Guid.TryParse(sub, out var userId)
            || !token.TryGetPayloadValue<string>("org_id", out var org) || !Guid.TryParse(org, out var organizationId)
            || !token.TryGetPayloadValue<string>("role", out var roleName)
            || !Enum.TryParse<Role>(roleName, out var role) || !Enum.IsDefined(role))
        {
            return null;
        }

        var clientApp = token.TryGetPayloadValue<string>("client_id", out var clientId) ? clientId
            : token.TryGetPayloadValue<string>("azp", out var azp) ? azp
            : null;
        return new Caller(userId, organizationId, role, clientApp);
    }
}
