using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>Queues the "set your password" e-mail in the same transaction as the new login.</summary>
public sealed class Invitations(IPortalDbContext db, IUserAccounts accounts, TimeProvider clock)
{
    public async Task QueueAsync(UserId userId, OrganizationId organizationId, string email, CancellationToken ct)
    {
        var link = await accounts.CreateInvitationLinkAsync(userId, ct);
        // No names, no clinical context in the mail: only what the recipient needs to sign in.
        var body =
            "You have been invited to ClinicalPortal.\n\n" +
            $"Set your password here (the link works once and expires in 72 hours):\n{link}\n\n" +
            "If you did not expect this invitation, you can ignore this message.";
        db.OutboxMessages.Add(OutboxMessage.Email(
            organizationId, new EmailMessage(email, "Your ClinicalPortal invitation", body), clock.GetUtcNow()));
    }
}
