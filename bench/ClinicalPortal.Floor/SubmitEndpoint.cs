using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Floor;

/// <summary>
/// POST /api/v1/clients/{clientId}/assessments, reduced to what the API's endpoint must do for a stored submission:
/// 401 without a valid token, 403 for a role that does not submit (only Client and Clinician do), 400 for an unknown
/// instrument or answers that cannot be scored, 404 when the caller does not reach the client, else 201.
/// Left out on purpose (the API's own costs, not the floor's): the mediator pipeline, EF Core, the token liveness
/// check, audit rows for refusals, Idempotency-Key handling, the baseline/previous query and the full response.
/// </summary>
internal sealed class SubmitEndpoint(AccessTokenCheck tokens, SubmissionWriter writer)
{
    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var caller = await tokens.ValidateAsync(http.Request.Headers.Authorization.ToString());
        if (caller is null)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        if (caller.Role is not (Role.Client or Role.Clinician))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        // The route constraint {clientId:guid} already refused anything else.
        var clientId = Guid.Parse((string)http.Request.RouteValues["clientId"]!, CultureInfo.InvariantCulture);
        SubmitBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SubmitBody>(http.Request.Body, FloorJson.Http, ct);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.Instrument is null || body.Answers is null || !InstrumentLibrary.TryGet(body.Instrument, out var instrument))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var outcome = InstrumentScorer.Score(instrument, body.Answers);
        if (!outcome.IsSuccess)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var assessmentId = Guid.CreateVersion7();
        var submission = new Submission(
            caller, clientId, assessmentId, instrument, [.. body.Answers], outcome.Result,
            DateTimeOffset.UtcNow.ToStoredPrecision(), RequestHash(instrument.Code, body.Answers),
            http.Connection.RemoteIpAddress?.ToString(), http.TraceIdentifier);
        if (!await writer.WriteAsync(submission, ct))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = $"/api/v1/clients/{clientId}/assessments/{assessmentId}";
        await http.Response.WriteAsJsonAsync(
            new SubmitResponse(assessmentId, outcome.Result.Total, outcome.Result.Severity), FloorJson.Http, ct);
    }

    /// <summary>SubmitAssessmentHandler.Hash, copied: SHA-256 of "instrument|a,b,..." (null answers as "null"), lower-case hex.</summary>
    private static string RequestHash(string instrument, IReadOnlyList<int?> answers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            instrument + "|" + string.Join(",", answers.Select(a => a?.ToString(CultureInfo.InvariantCulture) ?? "null")))));
}
