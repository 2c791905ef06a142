using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// OpenIddict derives its base address from the request (scheme, Host header, path base), so a forged Host header
/// changes the endpoint addresses that discovery advertises. With an issuer configured, this handler puts the
/// issuer's scheme, host and port in place of the request's before anything is derived from them: discovery, the
/// endpoint addresses and the tokens name only the configured address, whatever Host a request carries.
/// </summary>
public sealed class UseTheConfiguredIssuer : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<UseTheConfiguredIssuer>()
            // After OpenIddict has read the request's address, before it matches endpoints against it.
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 25_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (context.Options.Issuer is not { } issuer || context.BaseUri is null || context.RequestUri is null)
        {
            return default;
        }

        context.BaseUri = Rehost(context.BaseUri, issuer);
        context.RequestUri = Rehost(context.RequestUri, issuer);
        return default;
    }

    private static Uri Rehost(Uri uri, Uri issuer) =>
        new UriBuilder(uri) { Scheme = issuer.Scheme, Host = issuer.Host, Port = issuer.Port }.Uri;
}
