using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// After OpenIddict has checked an access token's signature, lifetime and audience: refuse it when its token entry
/// or grant was revoked, or its account is gone, disabled or locked out (<see cref="AccessLiveness"/>). Without this a
/// JWT keeps working until it expires, whatever happened to the person or the grant.
/// </summary>
public sealed class RejectDeadAccessTokens(AccessLiveness liveness, PortalDbContext db) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<RejectDeadAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        if (!await liveness.IsAliveAsync(db, Facts(principal), context.CancellationToken))
        {
            context.Reject(Errors.InvalidToken, "The token is no longer valid.");
        }
    }

    public static AccessLiveness.TokenFacts Facts(System.Security.Claims.ClaimsPrincipal principal) => new(
        principal.GetTokenId(),
        principal.GetAuthorizationId(),
        Guid.TryParse(principal.GetClaim(Claims.Subject), out var user) ? user : null);
}
