using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Api.Endpoints;

/// <summary>The one place where expected failures become HTTP: ProblemDetails with a code, 400s naming each field.</summary>
public static class ResultExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : Problem(result.Error!);

    public static IResult ToOk<T>(this Result<T> result) => result.ToHttp(v => TypedResults.Ok(v));

    public static IResult Problem(Error error)
    {
        if (error.Kind == ErrorKind.Validation)
        {
            return TypedResults.ValidationProblem(
                error.Fields.ToDictionary(kv => kv.Key, kv => kv.Value),
                detail: error.Message,
                title: "One or more fields are invalid.",
                extensions: new Dictionary<string, object?> { ["code"] = error.Code });
        }

        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.RuleViolation => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: error.Kind switch
            {
                ErrorKind.NotFound => "Not found",
                ErrorKind.Conflict => "Conflict",
                ErrorKind.Forbidden => "Forbidden",
                _ => "The request breaks a rule",
            },
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }
}
