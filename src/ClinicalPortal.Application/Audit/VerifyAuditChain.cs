using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Domain.Common;
using Mediator;

namespace ClinicalPortal.Application.Audit;

/// <summary>An administrator checks that their organisation's audit trail has not been altered.</summary>
public sealed record VerifyAuditChain : IQuery<Result<AuditVerification>>, IAudited
{
    public static string AuditAction => "audit.verify";
    public static string AuditResourceType => "AuditChain";
}

public sealed class VerifyAuditChainHandler(IAuditChain chain, ICurrentUser user, AuditScope audit)
    : IQueryHandler<VerifyAuditChain, Result<AuditVerification>>
{
    public async ValueTask<Result<AuditVerification>> Handle(VerifyAuditChain query, CancellationToken ct)
    {
        if (user.Role != Role.OrgAdmin || user.OrganizationId is not { } org)
        {
            return Error.Forbidden("Only an organisation administrator can verify the audit trail.");
        }

        var result = await chain.VerifyAsync(org, ct);
        audit.Touch(org.ToString());
        audit.Describe(new { result.EventsChecked, result.Valid, result.BrokenAtSequence });
        return result;
    }
}
