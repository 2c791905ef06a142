using System.Security.Claims;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClinicalPortal.Api.Auth;

/// <summary>
/// The OpenID Connect endpoints that need the application: authorize (code + PKCE, after the login page),
/// token (password for portal-cli when allowed, code, refresh, client credentials), end session.
/// Discovery, JWKS and revocation are served by OpenIddict itself. Every login and token is audited.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods("/authorize", ["GET", "POST"], (Delegate)AuthorizeAsync);
        connect.MapPost("/token", (Delegate)TokenAsync);
        connect.MapMethods("/logout", ["GET", "POST"], (Delegate)EndSessionAsync);
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<PortalUser> users, IAuditTrail trail)
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
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(cookie.Principal!);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Forbid(Errors.AccessDenied, "The account cannot sign in.");
        }

        await trail.RecordAsync(Entry(context, user, "auth.authorize", AuditOutcome.Success, 302, request.ClientId), context.RequestAborted);
        var principal = PortalPrincipal.For(user, request.GetScopes(), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IAuditTrail trail)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        const string scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

        if (request.IsPasswordGrantType())
        {
            var user = await users.FindByEmailAsync(request.Username ?? string.Empty);
            if (user is null)
            {
                await trail.RecordAsync(Anonymous(context, "auth.login", request.ClientId), context.RequestAborted);
                return Forbid(Errors.InvalidGrant, "The e-mail or password is wrong.");
            }

            var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
            if (!check.Succeeded)
            {
                await trail.RecordAsync(
                    Entry(context, user, "auth.login", AuditOutcome.Denied, 400, request.ClientId) with
                    {
                        Details = check.IsLockedOut ? """{"reason":"locked_out"}""" : """{"reason":"bad_password"}""",
                    },
                    context.RequestAborted);
                // One message for every failure, so a lockout does not reveal that the account exists.
                return Forbid(Errors.InvalidGrant, "The e-mail or password is wrong.");
            }

            await trail.RecordAsync(Entry(context, user, "auth.login", AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            await trail.RecordAsync(Entry(context, user, "auth.token", AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            return Results.SignIn(PortalPrincipal.For(user, request.GetScopes(), scheme), authenticationScheme: scheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var action = request.IsRefreshTokenGrantType() ? "auth.refresh" : "auth.token";
            var stored = await context.AuthenticateAsync(scheme);
            var subject = stored.Principal?.GetClaim(Claims.Subject);
            var user = subject is null ? null : await users.FindByIdAsync(subject);
            if (user is null || await users.IsLockedOutAsync(user))
            {
                await trail.RecordAsync(Anonymous(context, action, request.ClientId), context.RequestAborted);
                return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
            }

            await trail.RecordAsync(Entry(context, user, action, AuditOutcome.Success, 200, request.ClientId), context.RequestAborted);
            // Claims are rebuilt from the store, so a changed role or organisation takes effect at the next refresh.
            return Results.SignIn(PortalPrincipal.For(user, stored.Principal!.GetScopes(), scheme), authenticationScheme: scheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            await trail.RecordAsync(new AuditEntry
            {
                Action = "auth.token",
                Outcome = AuditOutcome.Success,
                StatusCode = 200,
                ActorClientApp = request.ClientId,
                IpAddress = context.Connection.RemoteIpAddress?.ToString(),
                RequestId = context.TraceIdentifier,
            }, context.RequestAborted);
            return Results.SignIn(PortalPrincipal.ForApplication(request.ClientId!, scheme), authenticationScheme: scheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuditEntry Entry(HttpContext context, PortalUser user, string action, AuditOutcome outcome, int status, string? clientId) => new()
    {
        Action = action,
        Outcome = outcome,
        StatusCode = status,
        OrganizationId = new OrganizationId(user.OrganizationId),
        ActorUserId = new UserId(user.Id),
        ActorClientApp = clientId,
        ResourceType = "User",
        ResourceId = user.Id.ToString(),
        IpAddress = context.Connection.RemoteIpAddress?.ToString(),
        RequestId = context.TraceIdentifier,
    };

    /// <summary>A failure for an unknown account: recorded without the e-mail typed (it may be a mistyped password).</summary>
    private static AuditEntry Anonymous(HttpContext context, string action, string? clientId) => new()
    {
        Action = action,
        Outcome = AuditOutcome.Denied,
        StatusCode = 400,
        ActorClientApp = clientId,
        IpAddress = context.Connection.RemoteIpAddress?.ToString(),
        RequestId = context.TraceIdentifier,
        Details = """{"reason":"unknown_account"}""",
    };
}
