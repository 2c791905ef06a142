using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Audit;

/// <summary>
/// An administrator checks that their organisation's audit trail has not been altered. A read: it recomputes the
/// sealed chain and reports how many events still wait for the sealer (which seals within seconds), never seals itself.
/// </summary>
public sealed record VerifyAuditChain : IQuery<Result<AuditVerification>>, IAudited, IAuthorized
{
    public static string AuditAction => "audit.verify";
    public static string AuditResourceType => "AuditChain";
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Administrators;
}

public sealed class VerifyAuditChainHandler(IAuditChain chain, ICurrentUser user, AuditScope audit)
    : IQueryHandler<VerifyAuditChain, Result<AuditVerification>>
{
    public async ValueTask<Result<AuditVerification>> Handle(VerifyAuditChain query, CancellationToken ct)
    {
        var org = user.OrganizationId!.Value;
        var result = await chain.VerifyAsync(org, ct);
        audit.Touch(org.ToString());
        audit.Describe(new { result.EventsChecked, result.Valid, result.BrokenAtSequence, result.Unsealed });
        return result;
    }
}
