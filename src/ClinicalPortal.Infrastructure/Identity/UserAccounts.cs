using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Identity;

public sealed class PortalOptions
{
    /// <summary>The address people use to reach the portal; links in e-mails start here.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");
}

public sealed class UserAccounts(UserManager<PortalUser> users, IOptions<PortalOptions> options, TimeProvider clock)
    : IUserAccounts
{
    public async Task<Result<UserId>> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        var email = account.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Error.Validation("email", "This e-mail address already has a login.");
        }

        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            OrganizationId = account.OrganizationId.Value,
            Role = account.Role,
            DisplayName = account.DisplayName,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            var duplicate = created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail");
            return duplicate
                ? Error.Validation("email", "This e-mail address cannot be used for a new login.")
                : Error.Validation("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        return new UserId(user.Id);
    }

    public async Task<Uri> CreateInvitationLinkAsync(UserId userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.Value.ToString())
            ?? throw new InvalidOperationException("The login was just created and must exist.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return new Uri(options.Value.PublicBaseUrl, $"account/set-password?uid={user.Id}&token={encoded}");
    }
}
