using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Audit;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Audit;

namespace ClinicalPortal.Api.Security;

/// <summary>
/// An <c>X-Purpose-Of-Use</c> header that is not an HL7 PurposeOfUse code is refused with a 400 naming the header,
/// before anything is read or written; the refusal is audited without the value sent (it may be free text).
/// </summary>
public static class PurposeOfUseCheck
{
    public static IApplicationBuilder UsePurposeOfUseCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var header = context.Request.Headers[PurposeOfUse.HeaderName];
        if (header.Count == 0 || !context.Request.Path.StartsWithSegments("/api") ||
            (header.Count == 1 && PurposeOfUse.Normalize(header[0]) is not null))
        {
            await next(context);
            return;
        }

        var entries = context.RequestServices.GetRequiredService<AuditEntries>();
        await context.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(
            entries.Create("request.rejected", AuditOutcome.Invalid, StatusCodes.Status400BadRequest, "Header") with
            {
                ResourceId = PurposeOfUse.HeaderName,
            },
            context.RequestAborted);
        await TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [PurposeOfUse.HeaderName] =
                        [$"'{PurposeOfUse.HeaderName}' must be one HL7 v3 PurposeOfUse code, such as TREAT, ETREAT, HOPERAT, HPAYMT, HRESCH or PATRQT."],
                },
                title: "One or more fields are invalid.",
                extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" })
            .ExecuteAsync(context);
    });
}
