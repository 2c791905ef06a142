using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>What became of an e-mail address asked for a login (ADR 0009).</summary>
public enum AddressOutcome
{
    /// <summary>The login now has the address (created, or its address changed).</summary>
    Assigned,

    /// <summary>
    /// Another login has it. Whether that login belongs to the caller's organisation is decided from the
    /// organisation's own records before asking (<c>Invitations</c>), never from the logins: the caller must not learn
    /// anything about another organisation, so the request succeeds as for a fresh address and the address's owner
    /// is told by e-mail instead (ADR 0009).
    /// </summary>
    InUseElsewhere,
}
