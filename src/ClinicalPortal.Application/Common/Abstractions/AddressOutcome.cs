using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>What became of an e-mail address asked for a login (ADR 0009).</summary>
public enum AddressOutcome
{
    /// <summary>The login now has the address (created, or its address changed).</summary>
    Assigned,

    /// <summary>Another login of the caller's own organisation has the address: the caller may be told (409).</summary>
    InUseInOrganization,

    /// <summary>
    /// A login of another organisation has it: the caller must not learn this, so the request succeeds as for a
    /// fresh address, and the address's owner is told by e-mail instead.
    /// </summary>
    InUseElsewhere,
}
