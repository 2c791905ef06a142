using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Who is making the request: a person, as carried by the access token, or a part of the system acting for an
/// organisation (<see cref="SystemActor"/>, e.g. <c>system:escalation</c>; then <see cref="UserId"/> and
/// <see cref="Role"/> are null).
/// </summary>
public interface ICurrentUser
{
    UserId? UserId { get; }
    OrganizationId? OrganizationId { get; }
    Role? Role { get; }
    /// <summary>The OAuth client id of the application that obtained the token (the system actor's name for background work).</summary>
    string? ClientApp { get; }
    /// <summary>The system actor's name when background work sends the request; null for a person.</summary>
    string? SystemActor { get; }
}
