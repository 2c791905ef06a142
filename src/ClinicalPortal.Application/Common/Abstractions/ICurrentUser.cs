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
