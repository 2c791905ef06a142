using System.Security.Claims;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// The OpenID Connect endpoints that need the application: authorize (code + PKCE, after the login page),
/// token (password for portal-cli when allowed, code, refresh, client credentials), userinfo, end session.
/// Discovery, JWKS and revocation are served by OpenIddict itself. Every sign-in and token is audited, and an
/// account that is locked out or disabled gets no token whatever the grant.
/// </summary>
public static class ConnectEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>One answer for every failed password sign-in, so it never tells whether an account exists or is locked.</summary>
    public const string WrongCredentials = "The e-mail or password is wrong.";

    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods("/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        connect.MapPost("/token", (Delegate)TokenAsync);
        connect.MapMethods("/userinfo", ["GET", "POST"], (Delegate)UserInfoAsync);
        connect.MapMethods("/logout", ["GET", "POST"], (Delegate)EndSessionAsync);
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<PortalUser> users, PasswordSignIn signIn, AuditEntries entries, IAuditTrail trail)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(cookie.Principal!);
        if (user is null)
        {
            return Forbid(Errors.AccessDenied, "The account cannot sign in.");
        }

        var standing = await signIn.CheckStandingAsync(user);
        if (standing != SignInVerdict.Succeeded)
        {
            await trail.RecordAsync(Entry(entries, user, "auth.authorize", AuditOutcome.Denied, 403, request.ClientId, SignInAttempt.ReasonOf(standing)), context.RequestAborted);
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Forbid(Errors.AccessDenied, "The account cannot sign in.");
        }

        await trail.RecordAsync(Entry(entries, user, "auth.authorize", AuditOutcome.Success, 302, request.ClientId), context.RequestAborted);
        return Results.SignIn(PortalPrincipal.For(user, request.GetScopes(), Scheme), authenticationScheme: Scheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<PortalUser> users, PasswordSignIn signIn, AuditEntries entries, IAuditTrail trail)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsPasswordGrantType())
        {
            var attempt = await signIn.CheckAsync(request.Username, request.Password, context.RequestAborted);
            if (!attempt.Succeeded)
            {
                await trail.RecordAsync(attempt.User is { } known
                    ? Entry(entries, known, "auth.login", AuditOutcome.Denied, 400, request.ClientId, attempt.Reason)
                    : entries.Anonymous("auth.login", AuditOutcome.Denied, 400, request.ClientId, attempt.Reason!), context.RequestAborted);
                return Forbid(Errors.InvalidGrant, WrongCredentials);
            }

            var user = attempt.User!;
            await trail.RecordAsync(Entry(entries, user, "auth.login", AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            await trail.RecordAsync(Entry(entries, user, "auth.token", AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            return Results.SignIn(PortalPrincipal.For(user, request.GetScopes(), Scheme), authenticationScheme: Scheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var action = request.IsRefreshTokenGrantType() ? "auth.refresh" : "auth.token";
            var stored = await context.AuthenticateAsync(Scheme);
            var subject = stored.Principal?.GetClaim(Claims.Subject);
            var user = Guid.TryParse(subject, out _) ? await users.FindByIdAsync(subject!) : null;
            if (user is null)
            {
                await trail.RecordAsync(entries.Anonymous(action, AuditOutcome.Denied, 400, request.ClientId, "unknown_account"), context.RequestAborted);
                return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
            }

            var standing = await signIn.CheckStandingAsync(user);
            if (standing != SignInVerdict.Succeeded)
            {
                // Named: the grant belonged to this account, whatever its state now.
                await trail.RecordAsync(Entry(entries, user, action, AuditOutcome.Denied, 400, request.ClientId, SignInAttempt.ReasonOf(standing)), context.RequestAborted);
                return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
            }

            await trail.RecordAsync(Entry(entries, user, action, AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            // Claims are rebuilt from the store, so a changed role or organisation takes effect at the next refresh.
            return Results.SignIn(PortalPrincipal.For(user, stored.Principal!.GetScopes(), Scheme), authenticationScheme: Scheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            await trail.RecordAsync(entries.Create("auth.token", AuditOutcome.Success, 200) with { ActorClientApp = request.ClientId },
                context.RequestAborted);
            return Results.SignIn(PortalPrincipal.ForApplication(request.ClientId!, Scheme), authenticationScheme: Scheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>OIDC Core 5.3: the claims of the signed-in user that the token's scopes allow, for a token that is still alive.</summary>
    private static async Task<IResult> UserInfoAsync(
        HttpContext context, UserManager<PortalUser> users, AccessLiveness liveness, PortalDbContext db, AuditEntries entries, IAuditTrail trail)
    {
        var principal = (await context.AuthenticateAsync(Scheme)).Principal;
        var subject = principal?.GetClaim(Claims.Subject);
        var user = Guid.TryParse(subject, out _) ? await users.FindByIdAsync(subject!) : null;
        if (principal is null || user is null || !await liveness.IsAliveAsync(db, RejectDeadAccessTokens.Facts(principal), context.RequestAborted))
        {
            await trail.RecordAsync(user is null
                ? entries.Anonymous("auth.userinfo", AuditOutcome.Denied, 401, null, "invalid_token")
                : Entry(entries, user, "auth.userinfo", AuditOutcome.Denied, 401, principal?.GetPresenters().FirstOrDefault(), "invalid_token"),
                context.RequestAborted);
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token is no longer valid.",
                }),
                [Scheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName;
        }

        if (principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = user.Email!;
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = user.Role.ToString();
        }

        await trail.RecordAsync(Entry(entries, user, "auth.userinfo", AuditOutcome.Success, 200, principal.GetPresenters().FirstOrDefault()),
            context.RequestAborted);
        return Results.Ok(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [Scheme]);

    private static AuditEntry Entry(
        AuditEntries entries, PortalUser user, string action, AuditOutcome outcome, int status, string? clientId, string? reason = null) =>
        entries.ForAccount(action, outcome, status, new UserId(user.Id), new OrganizationId(user.OrganizationId), clientId, reason);

}
