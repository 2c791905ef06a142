using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>Builds audit entries from the caller and the request, so every writer fills who and where the same way.</summary>
public sealed class AuditEntries(ICurrentUser user, IRequestContext request)
{
    public AuditEntry Create(string action, AuditOutcome outcome, int? statusCode, string? resourceType = null) => new()
    {
        Action = action,
        Outcome = outcome,
        StatusCode = statusCode,
        ResourceType = resourceType,
        OrganizationId = user.OrganizationId,
        ActorUserId = user.UserId,
        ActorClientApp = user.ClientApp,
        IpAddress = request.IpAddress,
        RequestId = request.RequestId,
        Purpose = request.Purpose,
    };

    public static (AuditOutcome Outcome, int Status) Classify(Error error) => error.Kind switch
    {
        ErrorKind.Validation => (AuditOutcome.Invalid, 400),
        ErrorKind.RuleViolation => (AuditOutcome.Invalid, 400),
        ErrorKind.NotFound => (AuditOutcome.NotFound, 404),
        ErrorKind.Forbidden => (AuditOutcome.Denied, 403),
        ErrorKind.Conflict => (AuditOutcome.Conflict, 409),
        _ => (AuditOutcome.Error, 500),
    };
}
