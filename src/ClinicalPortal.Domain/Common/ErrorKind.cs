namespace ClinicalPortal.Domain.Common;

/// <summary>What kind of expected failure an <see cref="Error"/> is; the application's error table maps each to HTTP and audit.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    RuleViolation,
}
