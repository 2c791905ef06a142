using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// An authorization code presented with a missing or wrong PKCE verifier is burned (its entry revoked) before
/// OpenIddict refuses the request, so whoever intercepted it cannot keep guessing verifiers, and the rightful client
/// cannot redeem a code that was attacked (RFC 9700 section 4.8: the code is bound to the verifier).
/// </summary>
public sealed class BurnCodeOnFailedProofKey(IOpenIddictTokenManager tokens) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<BurnCodeOnFailedProofKey>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateCodeVerifier.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsAuthorizationCodeGrantType() || context.AuthorizationCodePrincipal is not { } code
            || code.GetClaim(Claims.Private.CodeChallenge) is not { Length: > 0 } challenge)
        {
            return;
        }

        if (Matches(context.Request.CodeVerifier, challenge, code.GetClaim(Claims.Private.CodeChallengeMethod)))
        {
            return;
        }

        if (code.GetTokenId() is { Length: > 0 } id && await tokens.FindByIdAsync(id, context.CancellationToken) is { } entry)
        {
            await tokens.TryRevokeAsync(entry, context.CancellationToken);
        }

        // OpenIddict's own check (next) refuses the request with its usual error.
    }

    private static bool Matches(string? verifier, string challenge, string? method)
    {
        if (string.IsNullOrEmpty(verifier) || method != CodeChallengeMethods.Sha256)
        {
            return false;
        }

        var computed = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }
}
