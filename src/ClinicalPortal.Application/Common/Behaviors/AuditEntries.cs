using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>
/// The one factory of audit entries: every writer (the audit behaviour, the sign-in endpoints and pages, the
/// authorization refusals) fills who, where and why the same way. <see cref="Create"/> takes the actor from the
/// signed-in caller; <see cref="ForAccount"/> names an account explicitly (a sign-in, before there is a caller);
/// <see cref="Anonymous"/> is for an attempt that names no known account.
/// </summary>
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

    /// <summary>An event about one account (sign-in, token issue, set-password): actor and resource are that account.</summary>
    public AuditEntry ForAccount(
        string action, AuditOutcome outcome, int statusCode, UserId account, OrganizationId organization, string? clientApp,
        string? reason = null) => new()
    {
        Action = action,
        Outcome = outcome,
        StatusCode = statusCode,
        ResourceType = "User",
        ResourceId = account.ToString(),
        OrganizationId = organization,
        ActorUserId = account,
        ActorClientApp = clientApp,
        IpAddress = request.IpAddress,
        RequestId = request.RequestId,
        Details = Reason(reason),
    };

    /// <summary>A refused attempt that names no known account: recorded without what was typed (it may be a mistyped password).</summary>
    public AuditEntry Anonymous(string action, AuditOutcome outcome, int statusCode, string? clientApp, string reason) => new()
    {
        Action = action,
        Outcome = outcome,
        StatusCode = statusCode,
        ActorClientApp = clientApp,
        IpAddress = request.IpAddress,
        RequestId = request.RequestId,
        Details = Reason(reason),
    };

    /// <summary>Reason codes are fixed identifiers (e.g. <c>bad_password</c>), never input.</summary>
    private static string? Reason(string? code) => code is null ? null : $$"""{"reason":"{{code}}"}""";
}
