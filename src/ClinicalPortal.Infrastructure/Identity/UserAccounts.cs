using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity behind <see cref="IUserAccounts"/>; OpenIddict's stores for revoking a login's grants.</summary>
public sealed class UserAccounts(
    UserManager<PortalUser> users,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    IOptions<PortalOptions> options,
    TimeProvider clock) : IUserAccounts
{
    public async Task<AddressOutcome> ProvisionAsync(UserId id, NewAccount account, CancellationToken cancellationToken)
    {
        var email = account.Email.Trim();
        if (await OwnerOfAsync(email) is not null)
        {
            return AddressOutcome.InUseElsewhere;
        }

        var user = new PortalUser
        {
            Id = id.Value,
            UserName = email,
            Email = email,
            OrganizationId = account.OrganizationId.Value,
            Role = account.Role,
            DisplayName = account.DisplayName,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user));
        return AddressOutcome.Assigned;
    }

    public async Task<bool> ExistsAsync(UserId id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id.Value.ToString()) is not null;

    public async Task<bool> HasPasswordAsync(UserId id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id.Value.ToString()) is { PasswordHash: not null };

    public async Task<AddressOutcome> ChangeEmailAsync(UserId id, string email, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(id);
        email = email.Trim();
        if (await OwnerOfAsync(email) is { } owner)
        {
            return owner.Id == user.Id ? AddressOutcome.Assigned : AddressOutcome.InUseElsewhere;
        }

        Check(await users.SetEmailAsync(user, email));
        Check(await users.SetUserNameAsync(user, email));
        return AddressOutcome.Assigned;
    }

    public async Task RenameAsync(UserId id, string displayName, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(id);
        user.DisplayName = displayName;
        Check(await users.UpdateAsync(user));
    }

    public async Task<Uri> CreateInvitationLinkAsync(UserId id, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(id);
        // A new security stamp invalidates every link issued before this one.
        Check(await users.UpdateSecurityStampAsync(user));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return new Uri(options.Value.RequiredPublicBaseUrl, $"account/set-password?uid={user.Id}&token={encoded}");
    }

    public async Task DisableAsync(UserId id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.Value.ToString()) is not { } user)
        {
            return; // no login was ever created: nothing can sign in
        }

        user.DisabledAt ??= clock.GetUtcNow();
        Check(await users.UpdateSecurityStampAsync(user)); // saves DisabledAt with the new stamp
        var subject = user.Id.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }

    private async Task<PortalUser?> OwnerOfAsync(string email) => await users.FindByEmailAsync(email);

    private async Task<PortalUser> RequireAsync(UserId id) =>
        await users.FindByIdAsync(id.Value.ToString()) ?? throw new InvalidOperationException("The login does not exist.");

    /// <summary>Identity's own failures here are programming errors (the address was checked first): codes only, no values.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The identity store refused the change: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
