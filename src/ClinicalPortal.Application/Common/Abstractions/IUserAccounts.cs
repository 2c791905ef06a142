using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Logins (credentials, lockout, access) live in the identity store; use cases manage them through this port.</summary>
public interface IUserAccounts
{
    /// <summary>Creates the login <paramref name="id"/> without a password, when the address is free.</summary>
    Task<AddressOutcome> ProvisionAsync(UserId id, NewAccount account, CancellationToken cancellationToken);

    /// <summary>Whether the login exists (it does not when its address was in use elsewhere at provisioning).</summary>
    Task<bool> ExistsAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>Whether the login has a password yet (an invitation has been accepted).</summary>
    Task<bool> HasPasswordAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>Moves an existing login to a new address, when the address is free.</summary>
    Task<AddressOutcome> ChangeEmailAsync(UserId id, string email, CancellationToken cancellationToken);

    /// <summary>The name shown for the login (identity token, sign-in page).</summary>
    Task RenameAsync(UserId id, string displayName, CancellationToken cancellationToken);

    /// <summary>A one-time link that lets the person set their password; every earlier link stops working.</summary>
    Task<Uri> CreateInvitationLinkAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>Ends the login's access: sign-in is refused, and its tokens and grants are revoked.</summary>
    Task DisableAsync(UserId id, CancellationToken cancellationToken);
}
