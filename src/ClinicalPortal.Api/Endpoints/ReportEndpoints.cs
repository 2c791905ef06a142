using ClinicalPortal.Application.Reports;
using Mediator;

namespace ClinicalPortal.Api.Endpoints;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapPost("/clients/{clientId:guid}/progress-reports", async (Guid clientId, ProgressReportRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                (await mediator.Send(new GenerateProgressReport(
                    clientId, body?.From, body?.To, body?.Audience, body?.IncludeReflectionIds, body?.IncludeAlertNoteIds), ct)).ToHttp(file => Pdf(http, file)))
            .WithTags("Reports")
            .WithSummary("A PDF progress report (the client's clinician or their supervisor): from, to (YYYY-MM-DD, client's calendar; default the " +
                         "12 weeks to today), audience clinician or client, includeReflectionIds (homework task ids) and includeAlertNoteIds (alert ids) " +
                         "to include that free text. Recorded as a disclosure with the SHA-256 of the bytes (Repr-Digest header).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").WithProblems(StatusCodes.Status404NotFound);
        api.MapPost("/me/progress-report", async (ProgressReportRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                (await mediator.Send(new GenerateMyProgressReport(body?.From, body?.To, body?.IncludeReflectionIds), ct)).ToHttp(file => Pdf(http, file)))
            .WithTags("Reports")
            .WithSummary("The client's own progress report in plain words (from, to, includeReflectionIds of their own homework), with the " +
                         "crisis lines and their safety plan on the last page.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").WithProblems(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The PDF with its digest and the disclosure id.</summary>
    private static IResult Pdf(HttpContext http, ProgressReportFile file)
    {
        DigestHeaders(http.Response, file);
        return TypedResults.File(file.Pdf, "application/pdf", file.FileName);
    }

    /// <summary>The report's digest (RFC 9530 Repr-Digest, the same SHA-256 as the disclosure record) and the disclosure id, for the API and the pages.</summary>
    public static void DigestHeaders(HttpResponse response, ProgressReportFile file)
    {
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        response.Headers["X-Disclosure-Id"] = file.DisclosureId.ToString();
    }
}
