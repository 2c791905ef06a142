using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// Revoking one token of a grant revokes the grant: its authorization and every token issued under it, so the
/// access tokens of a revoked refresh token stop working too (RFC 7009 section 2.1: the server SHOULD invalidate
/// the access tokens of the same grant). OpenIddict by itself revokes only the token presented.
/// </summary>
public sealed class RevokeTheWholeGrant(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
    : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<RevokeTheWholeGrant>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        if (context.GenericTokenPrincipal?.GetAuthorizationId() is not { Length: > 0 } id)
        {
            return;
        }

        if (await authorizations.FindByIdAsync(id, context.CancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
        }

        await tokens.RevokeByAuthorizationIdAsync(id, context.CancellationToken);
    }
}
