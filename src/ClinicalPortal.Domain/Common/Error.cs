namespace ClinicalPortal.Domain.Common;

/// <summary>An expected failure: a value, not an exception. Mapped to ProblemDetails in one place (Api).</summary>
/// <remarks>
/// The domain names broken rules by <see cref="Code"/> (e.g. <c>schedule.end_before_start</c>) and, for a list the
/// request sent, by <see cref="Violations"/> with 1-based positions; it never names request fields. The application
/// maps codes and positions to the fields of its request (<see cref="Fields"/>), which only validation errors carry.
/// </remarks>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>Field name (camelCase JSON path) to messages, for validation failures.</summary>
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = EmptyFields;

    /// <summary>Broken rules inside a list (an answer set), with the position of each; empty when the rule is about the whole.</summary>
    public IReadOnlyList<Violation> Violations { get; init; } = [];

    /// <summary>
    /// Facts the caller needs to act on the error (e.g. the ids of clients still on a caseload, or the current state of
    /// a record the caller may read and decided on in an older state). Sent to the caller only: never logged or audited.
    /// </summary>
    public IReadOnlyDictionary<string, object> Details { get; init; } = EmptyDetails;

    private static readonly IReadOnlyDictionary<string, string[]> EmptyFields = new Dictionary<string, string[]>();
    private static readonly IReadOnlyDictionary<string, object> EmptyDetails = new Dictionary<string, object>();

    public const string ValidationCode = "validation_failed";

    public static Error NotFound(string resource) =>
        new(ErrorKind.NotFound, "not_found", $"{resource} was not found.");

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Rule(string code, string message) => new(ErrorKind.RuleViolation, code, message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Validation(string field, string message) =>
        new(ErrorKind.Validation, ValidationCode, "One or more fields are invalid.")
        {
            Fields = new Dictionary<string, string[]> { [field] = [message] },
        };

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, ValidationCode, "One or more fields are invalid.") { Fields = fields };
}
