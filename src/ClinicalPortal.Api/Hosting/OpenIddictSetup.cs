using System.Security.Cryptography.X509Certificates;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Hosting;

public static class OpenIddictSetup
{
    public const string TestingEnvironment = "Testing";

    public static void AddPortalOpenIddict(this WebApplicationBuilder builder)
    {
        var auth = OidcApplications.Read(builder.Configuration);
        var environment = builder.Environment;
        var issuer = builder.Configuration.GetValue<Uri?>("Portal:PublicBaseUrl");
        if (issuer is null && !environment.IsDevelopment())
        {
            throw new InvalidOperationException("Portal:PublicBaseUrl is not set: the address people use to reach the portal (the token issuer).");
        }

        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<PortalDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetUserInfoEndpointUris("connect/userinfo");
                if (issuer is not null)
                {
                    // Discovery and every token name the configured address, never the request's Host header.
                    options.SetIssuer(issuer);
                }

                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AllowRefreshTokenFlow();
                options.AllowClientCredentialsFlow();
                if (auth.AllowPasswordGrant)
                {
                    // First-party CLI only (the only client with the permission); off in Production.
                    options.AllowPasswordFlow();
                }

                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess,
                    OidcApplications.ApiScope);
                options.SetAccessTokenLifetime(auth.AccessTokenLifetime);
                options.SetRefreshTokenLifetime(auth.RefreshTokenLifetime);
                // Refresh tokens rotate on every use; the lifetime is absolute (OWASP ASVS 10.4).
                options.DisableSlidingRefreshTokenExpiration();
                options.SetRefreshTokenReuseLeeway(auth.RefreshTokenReuseLeeway);
                // S256 only: OpenIddict also enables "plain" with the code flow.
                options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                AddKeys(options, auth, environment);
                // Access tokens are signed, not encrypted: they carry ids, role, organisation and scopes, no
                // health data, and RSA decryption on every request cost ~4.5 ms of CPU (ADR 0008, docs/performance.md).
                // Identity and refresh tokens are unaffected (refresh tokens stay encrypted and server-side).
                options.DisableAccessTokenEncryption();

                options.AddEventHandler(Auth.UseTheConfiguredIssuer.Descriptor);
                options.AddEventHandler(Auth.RevokeTheWholeGrant.Descriptor);
                options.AddEventHandler(Auth.BurnCodeOnFailedProofKey.Descriptor);

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (!environment.IsProduction())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                // Bearer tokens in the Authorization header only: not in URLs (logged everywhere), and no reading of
                // every form body (the login page's included) in search of one.
                options.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
                // Revoked grants, and locked, disabled or deleted accounts, end access within Auth:AccessCheckInterval.
                options.AddEventHandler(Auth.RejectDeadAccessTokens.Descriptor);
            });
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<AccessLiveness>();
    }

    private static void AddKeys(OpenIddictServerBuilder options, AuthOptions auth, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningCertificatePath))
        {
            options.AddSigningCertificate(LoadCertificate(auth.SigningCertificatePath, auth.SigningCertificatePassword));
            options.AddEncryptionCertificate(LoadCertificate(
                auth.EncryptionCertificatePath ?? auth.SigningCertificatePath,
                auth.EncryptionCertificatePath is null ? auth.SigningCertificatePassword : auth.EncryptionCertificatePassword));
        }
        else if (environment.IsDevelopment())
        {
            options.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
        }
        else if (environment.IsEnvironment(TestingEnvironment))
        {
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
        }
        else
        {
            throw new InvalidOperationException(
                "Auth:SigningCertificatePath is not set. Outside Development every instance needs the same configured certificates.");
        }
    }

    private static X509Certificate2 LoadCertificate(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
}
