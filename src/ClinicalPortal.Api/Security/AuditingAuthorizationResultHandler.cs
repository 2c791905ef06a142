using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ClinicalPortal.Api.Security;

/// <summary>Every request refused before it reaches a handler (no token, wrong role) is an audit event too.</summary>
public sealed class AuditingAuthorizationResultHandler(IAuditTrail trail) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded && context.Request.Path.StartsWithSegments("/api"))
        {
            var entries = context.RequestServices.GetRequiredService<AuditEntries>();
            var status = authorizeResult.Challenged ? 401 : 403;
            var entry = entries.Create("access.denied", AuditOutcome.Denied, status, "Endpoint") with
            {
                // The route template, never the path itself: a path can carry anything (a name), and the trail is append-only.
                ResourceId = $"{context.Request.Method} {(context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)"}",
            };
            await trail.RecordAsync(entry, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
