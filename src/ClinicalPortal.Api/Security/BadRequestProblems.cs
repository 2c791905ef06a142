using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ClinicalPortal.Api.Security;

/// <summary>
/// A request the framework could not bind (malformed JSON, <c>null</c> or <c>[]</c> for an object, a wrong type, too
/// deep nesting, a missing body, a wrong content type) is a 400 (or 415) ProblemDetails naming the field, in every
/// environment: the JSON path of the failure (<c>instrument</c>, <c>answers[3]</c>), or <c>body</c>. Nothing the caller
/// sent is echoed back. Binding failures are thrown everywhere (<c>RouteHandlerOptions.ThrowOnBadRequest</c>) so that
/// they all come here.
/// </summary>
public sealed class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        string field, message;
        int status;
        if (exception is BadHttpRequestException bad)
        {
            (field, message) = Describe(bad);
            status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        }
        else if (exception is InvalidDataException || exception.InnerException is InvalidDataException)
        {
            // A form the framework refuses to decode (e.g. a NUL character in a value), on any endpoint that reads forms.
            (field, message, status) = ("body", "The form could not be read: it holds characters that are not allowed.", StatusCodes.Status400BadRequest);
        }
        else
        {
            return false;
        }

        var problem = new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = "One or more fields are invalid.",
            Extensions = { ["code"] = status == StatusCodes.Status415UnsupportedMediaType ? "unsupported_media_type" : "malformed_request" },
        };
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("body", "The body must be JSON, sent with Content-Type: application/json.");
        }

        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            return json.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? (TopLevel(field), "The JSON is nested too deeply.")
                : field == "body"
                    ? ("body", "The body must be one JSON object with the documented fields.")
                    : (field, $"'{field}' has the wrong type, or the JSON around it is malformed.");
        }

        return ("body", "The body must be one JSON object with the documented fields.");
    }

    /// <summary>"extra[0][0]" -> "extra": the field of the request that holds the problem.</summary>
    private static string TopLevel(string field)
    {
        var end = field.IndexOfAny(['[', '.']);
        return end > 0 ? field[..end] : field;
    }

    /// <summary>"$.answers[3]" -> "answers[3]"; "$" or nothing -> "body".</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        field = field.Length > 100 ? field[..100] : field;
        return field.Length == 0 ? "body" : char.ToLowerInvariant(field[0]) + field[1..];
    }
}
