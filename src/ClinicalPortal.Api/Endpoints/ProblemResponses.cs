namespace ClinicalPortal.Api.Endpoints;

/// <summary>The problem responses an API operation can give, for the OpenAPI document.</summary>
public static class ProblemResponses
{
    /// <summary>400 (a field named), 401 (no or dead token) and 403 (role) apply to every operation; add 404, 409 where they can happen.</summary>
    public static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder builder, params int[] more)
    {
        builder.ProducesValidationProblem();
        builder.ProducesProblem(StatusCodes.Status401Unauthorized);
        builder.ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in more)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
