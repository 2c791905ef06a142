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
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (context.Options.Issuer is not { } issuer || context.BaseUri is null || context.RequestUri is null)
        {
            return default;
        }

        // The request's address relative to where the app is mounted, put under the issuer (scheme, host, port and path).
        var relative = WithSlash(context.BaseUri).MakeRelativeUri(context.RequestUri);
        var root = WithSlash(issuer);
        context.BaseUri = root;
        context.RequestUri = relative.IsAbsoluteUri ? context.RequestUri : new Uri(root, relative);
        return default;
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
