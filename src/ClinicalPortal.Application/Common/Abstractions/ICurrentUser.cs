using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>The authenticated caller, as carried by the access token.</summary>
public interface ICurrentUser
{
    UserId? UserId { get; }
    OrganizationId? OrganizationId { get; }
    Role? Role { get; }
    /// <summary>The OAuth client id of the application that obtained the token.</summary>
    string? ClientApp { get; }
}

/// <summary>Where a request came from and why: the parts of an audit record that are not the caller.</summary>
public interface IRequestContext
{
    string? IpAddress { get; }
    string? RequestId { get; }
    /// <summary>Purpose of use (HL7 PurposeOfUse code such as TREATMENT), when the caller gives one.</summary>
    string? Purpose { get; }
}
