namespace ClinicalPortal.Api.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer, never framed; nothing cached unless an endpoint says
/// otherwise (responses hold health data); pages get a Content-Security-Policy that allows only this origin's own
/// scripts, styles and forms. The interactive API reference (Scalar, no one's data) keeps its inline bootstrap
/// script, so it gets the framing rule only.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public const string FramingPolicy = "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? FramingPolicy : PagePolicy;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
