namespace ClinicalPortal.Domain.Common;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    RuleViolation,
}

/// <summary>An expected failure: a value, not an exception. Mapped to ProblemDetails in one place (Api).</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>Field name (camelCase JSON path) to messages, for validation failures.</summary>
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = EmptyFields;

    private static readonly IReadOnlyDictionary<string, string[]> EmptyFields = new Dictionary<string, string[]>();

    public static Error NotFound(string resource) =>
        new(ErrorKind.NotFound, "not_found", $"{resource} was not found.");

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Rule(string code, string message) => new(ErrorKind.RuleViolation, code, message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Validation(string field, string message) =>
        new(ErrorKind.Validation, "validation_failed", "One or more fields are invalid.")
        {
            Fields = new Dictionary<string, string[]> { [field] = [message] },
        };

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "validation_failed", "One or more fields are invalid.") { Fields = fields };
}
