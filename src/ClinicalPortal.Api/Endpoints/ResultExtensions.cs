using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Api.Endpoints;

/// <summary>Where expected failures become HTTP: ProblemDetails with a code, 400s naming each field. Statuses come from <see cref="ErrorTable"/>.</summary>
public static class ResultExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : Problem(result.Error!);

    public static IResult ToOk<T>(this Result<T> result) => result.ToHttp(v => TypedResults.Ok(v));

    public static IResult Problem(Error error)
    {
        var meaning = ErrorTable.Of(error.Kind);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        foreach (var (key, value) in error.Details)
        {
            extensions[key] = value;
        }

        if (error.Kind == ErrorKind.Validation)
        {
            return TypedResults.ValidationProblem(
                error.Fields.ToDictionary(kv => kv.Key, kv => kv.Value), detail: error.Message, title: meaning.Title, extensions: extensions);
        }

        return TypedResults.Problem(detail: error.Message, statusCode: meaning.Status, title: meaning.Title, extensions: extensions);
    }
}
