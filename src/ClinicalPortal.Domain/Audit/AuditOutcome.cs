namespace ClinicalPortal.Domain.Audit;

public enum AuditOutcome
{
    Success = 0,
    /// <summary>Refused by authentication or authorization (401/403) or a login that failed.</summary>
    Denied = 1,
    /// <summary>The record does not exist or lies outside the caller's reach (404).</summary>
    NotFound = 2,
    /// <summary>Bad input (400); nothing was stored.</summary>
    Invalid = 3,
    Conflict = 4,
    /// <summary>An unexpected error (500).</summary>
    Error = 5,
    /// <summary>The caller abandoned the request (disconnected) before it finished; nothing was stored (499).</summary>
    Cancelled = 6,
}
