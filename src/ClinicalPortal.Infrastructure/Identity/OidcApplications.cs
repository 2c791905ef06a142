using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>The OAuth clients the portal knows. Registered (or brought up to date) at start-up.</summary>
public static class OidcApplications
{
    public const string Cli = "portal-cli";
    public const string Web = "portal-web";
    public const string Integration = "portal-integration";
    public const string ApiScope = "api";

    public static IEnumerable<OpenIddictApplicationDescriptor> Describe(AuthOptions options)
    {
        var cli = new OpenIddictApplicationDescriptor
        {
            ClientId = Cli,
            ClientType = ClientTypes.Public,
            DisplayName = "ClinicalPortal command line",
        };
        cli.Permissions.UnionWith([
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Prefixes.Scope + ApiScope,
            Permissions.Scopes.Email,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Roles,
        ]);
        yield return cli;

        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = Web,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "ClinicalPortal web and mobile",
        };
        foreach (var uri in options.WebRedirectUris)
        {
            web.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in options.WebPostLogoutRedirectUris)
        {
            web.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        web.Permissions.UnionWith([
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Prefixes.Scope + ApiScope,
            Permissions.Scopes.Email,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Roles,
        ]);
        web.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        yield return web;

        if (!string.IsNullOrWhiteSpace(options.IntegrationClientSecret))
        {
            var integration = new OpenIddictApplicationDescriptor
            {
                ClientId = Integration,
                ClientSecret = options.IntegrationClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "ClinicalPortal integrations",
            };
            integration.Permissions.UnionWith([
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + ApiScope,
            ]);
            yield return integration;
        }
    }

    public static async Task RegisterAsync(IOpenIddictApplicationManager manager, AuthOptions options, CancellationToken ct)
    {
        foreach (var descriptor in Describe(options))
        {
            var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, ct);
            if (existing is null)
            {
                await manager.CreateAsync(descriptor, ct);
            }
            else
            {
                await manager.UpdateAsync(existing, descriptor, ct);
            }
        }
    }

    public static AuthOptions Read(IConfiguration configuration) =>
        configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
}
