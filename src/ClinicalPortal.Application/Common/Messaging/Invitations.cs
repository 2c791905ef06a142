using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// The e-mails that give a person their login, queued in the same transaction as the change that asks for them.
/// None names anyone or gives clinical context: only what the recipient needs (ADR 0009 for the second one).
/// </summary>
public sealed class Invitations(IPortalDbContext db, IUserAccounts accounts, TimeProvider clock)
{
    public const string InvitationSubject = "Your ClinicalPortal invitation";
    public const string AddressInUseSubject = "Your ClinicalPortal invitation";

    /// <summary>A one-time link to set the password; any earlier link of the login stops working.</summary>
    public async Task QueueAsync(UserId userId, OrganizationId organizationId, string email, CancellationToken ct)
    {
        var link = await accounts.CreateInvitationLinkAsync(userId, ct);
        var body =
            "You have been invited to ClinicalPortal.\n\n" +
            $"Set your password here (the link works once and expires in 72 hours):\n{link}\n\n" +
            "If you did not expect this invitation, you can ignore this message.";
        db.OutboxMessages.Add(OutboxMessage.Email(organizationId, new EmailMessage(email, InvitationSubject, body), clock.GetUtcNow()));
    }

    /// <summary>
    /// The address already has a login (with another organisation): the one who asked is not told, the address's
    /// owner is, so they can ask for another address to be used. Same subject as an invitation, so an observer of
    /// the mail flow cannot tell the two apart.
    /// </summary>
    public void QueueAddressInUse(OrganizationId organizationId, string email)
    {
        const string body =
            "Someone asked for a ClinicalPortal login for this e-mail address, but the address already has a " +
            "ClinicalPortal login, and one address can have only one.\n\n" +
            "If you expected an invitation, ask the clinic that invited you to use another e-mail address. " +
            "You can keep signing in with your existing login as before.\n\n" +
            "If you did not expect this, you can ignore this message.";
        db.OutboxMessages.Add(OutboxMessage.Email(organizationId, new EmailMessage(email, AddressInUseSubject, body), clock.GetUtcNow()));
    }

    /// <summary>
    /// Gives the login <paramref name="userId"/> the address (creating the login if it has none) and sends what fits:
    /// a fresh invitation when the address is free (or already the login's), the address-in-use notice when it
    /// belongs to another organisation's login. Fails (400 on email) only when the address belongs to someone of
    /// the caller's own organisation.
    /// </summary>
    public async Task<Result<Unit>> ProvisionAndInviteAsync(UserId userId, NewAccount account, CancellationToken ct)
    {
        var outcome = await accounts.ExistsAsync(userId, ct)
            ? await accounts.ChangeEmailAsync(userId, account.OrganizationId, account.Email, ct)
            : await accounts.ProvisionAsync(userId, account, ct);
        switch (outcome)
        {
            case AddressOutcome.Assigned:
                await QueueAsync(userId, account.OrganizationId, account.Email.Trim(), ct);
                return Unit.Value;
            case AddressOutcome.InUseElsewhere:
                QueueAddressInUse(account.OrganizationId, account.Email.Trim());
                return Unit.Value;
            default:
                return EmailInUse;
        }
    }

    /// <summary>
    /// A corrected address: an existing login moves to it (no invitation: the person already has one); a record
    /// without a login gets one and an invitation, as at registration. An address in use elsewhere gets the notice.
    /// </summary>
    public async Task<Result<Unit>> MoveAddressAsync(UserId userId, NewAccount account, CancellationToken ct)
    {
        if (!await accounts.ExistsAsync(userId, ct))
        {
            return await ProvisionAndInviteAsync(userId, account, ct);
        }

        switch (await accounts.ChangeEmailAsync(userId, account.OrganizationId, account.Email, ct))
        {
            case AddressOutcome.Assigned:
                return Unit.Value;
            case AddressOutcome.InUseElsewhere:
                QueueAddressInUse(account.OrganizationId, account.Email.Trim());
                return Unit.Value;
            default:
                return EmailInUse;
        }
    }

    public static readonly Error EmailInUse =
        Error.Validation("email", "Someone in your organisation already signs in with this e-mail address.");
}
