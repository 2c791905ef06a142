using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicalPortal.Api.Hosting;

/// <summary>
/// The document's title, and its security: an OAuth 2 scheme with the real authorize and token endpoints
/// (authorization code with PKCE; the password grant of portal-cli where it is enabled), required by every /api
/// operation, so clients generated from the document know how to authenticate.
/// </summary>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer
{
    public const string SchemeName = "oauth2";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ClinicalPortal API";
        document.Info.Description =
            "Measurement-based care for self-compassion programmes. Authenticate with an OAuth 2 bearer token from /connect/token " +
            "(client portal-web: authorization code with PKCE S256). Send X-Purpose-Of-Use with an HL7 v3 PurposeOfUse code (e.g. TREAT) to record why.";

        var scopes = new Dictionary<string, string> { ["api"] = "The ClinicalPortal API", ["offline_access"] = "A refresh token" };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "OAuth 2.0 / OpenID Connect (discovery at /.well-known/openid-configuration).",
            Flows = new OpenApiOAuthFlows
            {
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = scopes,
                },
                Password = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative), Scopes = scopes },
            },
        };

        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = ["api"] };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= new List<OpenApiSecurityRequirement>();
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
