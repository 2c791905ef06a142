using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Infrastructure.Identity;

public sealed class AuthOptions
{
    /// <summary>The resource-owner password grant, for the first-party <c>portal-cli</c> only. False in Production.</summary>
    public bool AllowPasswordGrant { get; set; }
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Absolute: refresh tokens rotate on use but the chain ends here (no sliding expiration).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
    /// <summary>How long a used refresh token may be presented again (network retries). Zero: strict rotation, a replay revokes the family.</summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;
    /// <summary>How often expired, revoked and redeemed tokens and authorizations are deleted.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How old such entries must be first; keep it above the refresh-token lifetime so replay detection still works.</summary>
    public TimeSpan PruneRetention { get; set; } = TimeSpan.FromDays(15);
    public int MaxFailedLogins { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Redirect URIs registered for the browser/mobile client <c>portal-web</c>.</summary>
    public string[] WebRedirectUris { get; set; } = ["http://127.0.0.1:5080/signin-callback", "clinicalportal://callback"];
    public string[] WebPostLogoutRedirectUris { get; set; } = ["http://127.0.0.1:5080/"];
    /// <summary>Secret of the confidential integration client; the client is not registered without one.</summary>
    public string? IntegrationClientSecret { get; set; }
    /// <summary>PFX files for Production signing/encryption keys, shared by every instance.</summary>
    public string? SigningCertificatePath { get; set; }
    public string? SigningCertificatePassword { get; set; }
    public string? EncryptionCertificatePath { get; set; }
    public string? EncryptionCertificatePassword { get; set; }
}

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
