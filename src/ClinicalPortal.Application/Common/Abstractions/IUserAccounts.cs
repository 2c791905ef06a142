using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

public sealed record NewAccount(string Email, string DisplayName, Role Role, OrganizationId OrganizationId);

/// <summary>Logins (credentials, lockout) live in the identity store; use cases create them through this port.</summary>
public interface IUserAccounts
{
    /// <summary>Creates a login without a password. Fails with a validation error on <c>email</c> when it is taken.</summary>
    Task<Result<UserId>> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>A one-time link that lets the person set their password.</summary>
    Task<Uri> CreateInvitationLinkAsync(UserId userId, CancellationToken cancellationToken);
}
