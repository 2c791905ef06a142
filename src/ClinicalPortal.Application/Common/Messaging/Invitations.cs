using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// The e-mails that give a person their login, queued in the same transaction as the change that asks for them,
/// and the one rule for an address that is already taken (ADR 0009). None names anyone or gives clinical context.
/// </summary>
public sealed class Invitations(IPortalDbContext db, IUserAccounts accounts, TimeProvider clock)
{
    public const string InvitationSubject = "Your ClinicalPortal invitation";
    public const string AddressInUseSubject = InvitationSubject;
    public const string AddressChangedSubject = "Your ClinicalPortal sign-in address changed";

    public static readonly Error EmailInUse =
        Error.Validation("email", "Someone in your organisation already has this e-mail address.");

    /// <summary>A one-time link to set the password; any earlier link of the login stops working.</summary>
    public async Task QueueAsync(UserId userId, OrganizationId organizationId, string email, CancellationToken ct)
    {
        var link = await accounts.CreateInvitationLinkAsync(userId, ct);
        var body =
            "You have been invited to ClinicalPortal.\n\n" +
            $"Set your password here (the link works once and expires in 72 hours):\n{link}\n\n" +
            "If you did not expect this invitation, you can ignore this message.";
        Queue(organizationId, email, InvitationSubject, body);
    }

    /// <summary>
    /// Gives the login <paramref name="userId"/> the address of its record (creating the login if it has none) and
    /// sends a fresh invitation; an address another login has gets the address-in-use notice instead, with the same
    /// answer to the caller. Fails (400 on email) only when another record of the caller's own organisation has it.
    /// </summary>
    public async Task<Result<Unit>> ProvisionAndInviteAsync(UserId userId, NewAccount account, CancellationToken ct)
    {
        var email = account.Email.Trim();
        if (await UsedInOrganizationAsync(userId, account.OrganizationId, email, ct))
        {
            return EmailInUse;
        }

        var outcome = await accounts.ExistsAsync(userId, ct)
            ? await accounts.ChangeEmailAsync(userId, email, ct)
            : await accounts.ProvisionAsync(userId, account, ct);
        if (outcome == AddressOutcome.InUseElsewhere)
        {
            QueueAddressInUse(account.OrganizationId, email);
            return Unit.Value;
        }

        await QueueAsync(userId, account.OrganizationId, email, ct);
        return Unit.Value;
    }

    /// <summary>
    /// A corrected address. A login that has a password moves to it, and its old address is told (so nobody's sign-in
    /// is moved without their knowing); a login still waiting for its password, or a record without a login, gets a
    /// fresh invitation at the new address, as at registration.
    /// </summary>
    public async Task<Result<Unit>> MoveAddressAsync(UserId userId, string previousEmail, NewAccount account, CancellationToken ct)
    {
        if (!await accounts.HasPasswordAsync(userId, ct))
        {
            return await ProvisionAndInviteAsync(userId, account, ct);
        }

        var email = account.Email.Trim();
        if (await UsedInOrganizationAsync(userId, account.OrganizationId, email, ct))
        {
            return EmailInUse;
        }

        if (await accounts.ChangeEmailAsync(userId, email, ct) == AddressOutcome.InUseElsewhere)
        {
            QueueAddressInUse(account.OrganizationId, email);
            return Unit.Value;
        }

        Queue(account.OrganizationId, previousEmail, AddressChangedSubject,
            "The address you use to sign in to ClinicalPortal was changed by your clinic. From now on you sign in with the " +
            "new address.\n\nIf you did not ask for this, contact your clinic.");
        return Unit.Value;
    }

    /// <summary>
    /// The address already has a login (the caller is not told which organisation's): the address's owner is told
    /// instead, so they can ask for another address to be used. Same subject as an invitation.
    /// </summary>
    public void QueueAddressInUse(OrganizationId organizationId, string email) => Queue(organizationId, email, AddressInUseSubject,
        "Someone asked for a ClinicalPortal login for this e-mail address, but the address already has a " +
        "ClinicalPortal login, and one address can have only one.\n\n" +
        "If you expected an invitation, ask the clinic that invited you to use another e-mail address. " +
        "You can keep signing in with your existing login as before.\n\n" +
        "If you did not expect this, you can ignore this message.");

    /// <summary>
    /// Whether another client or staff record of the organisation (discharged or deactivated included) has the
    /// address: the one clash the caller may be told of, decided from the organisation's own records, never from the
    /// logins (which would tell about other organisations).
    /// </summary>
    private async Task<bool> UsedInOrganizationAsync(UserId userId, OrganizationId org, string email, CancellationToken ct)
    {
        var address = email.ToLowerInvariant();
#pragma warning disable CA1862 // translated to SQL lower(); string.Equals with a comparison is not
        return await db.Clients.AnyAsync(c => c.OrganizationId == org && c.UserId != userId && c.Email.ToLower() == address, ct)
               || await db.Staff.AnyAsync(s => s.OrganizationId == org && s.Id != userId && s.Email.ToLower() == address, ct);
#pragma warning restore CA1862
    }

    private void Queue(OrganizationId organizationId, string to, string subject, string body) =>
        db.OutboxMessages.Add(OutboxMessage.Email(organizationId, new EmailMessage(to, subject, body), clock.GetUtcNow()));
}
