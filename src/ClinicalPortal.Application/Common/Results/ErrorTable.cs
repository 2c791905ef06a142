using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Results;

/// <summary>
/// The one table from <see cref="ErrorKind"/> to HTTP status, audit outcome and problem title. The API's
/// ProblemDetails mapping and the audit behaviour both read it, so a response and its audit row never disagree.
/// </summary>
public static class ErrorTable
{
    private static readonly ErrorMeaning ValidationMeaning = new(400, AuditOutcome.Invalid, "One or more fields are invalid.");
    private static readonly ErrorMeaning RuleMeaning = new(400, AuditOutcome.Invalid, "The request breaks a rule");
    private static readonly ErrorMeaning NotFoundMeaning = new(404, AuditOutcome.NotFound, "Not found");
    private static readonly ErrorMeaning ForbiddenMeaning = new(403, AuditOutcome.Denied, "Forbidden");
    private static readonly ErrorMeaning ConflictMeaning = new(409, AuditOutcome.Conflict, "Conflict");

    public static ErrorMeaning Of(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => ValidationMeaning,
        ErrorKind.RuleViolation => RuleMeaning,
        ErrorKind.NotFound => NotFoundMeaning,
        ErrorKind.Forbidden => ForbiddenMeaning,
        ErrorKind.Conflict => ConflictMeaning,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every error kind needs a row in the error table."),
    };
}
