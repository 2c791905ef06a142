using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// E-mails a client that practice is planned for today, with a link to sign in: no module, no count, nothing they wrote
/// (an e-mail can be read by anyone with the inbox). Not sent when it has become untrue by the time it goes out (the
/// day's tasks are all done or skipped, the client was discharged, the day is over).
/// </summary>
public sealed class HomeworkDigestHandler(IPortalDbContext db, IEmailTransport transport, IPortalLinks links, TimeProvider clock) : IOutboxHandler
{
    public const string Subject = "ClinicalPortal: your practice for today";

    public string MessageType => HomeworkDigest.MessageType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public bool IsAvailable => transport.IsConfigured;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var digest = message.Read<HomeworkDigest>();
        var id = new ClientId(digest.ClientId);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == id && c.Status == ClientStatus.Active)
            .Select(c => new { c.Email, c.TimeZone }).FirstOrDefaultAsync(cancellationToken);
        if (client is null
            || HomeworkStatuses.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone)) != digest.Date
            || !await db.HomeworkTasks.AnyAsync(t => t.ClientId == id && t.Date == digest.Date && t.State == HomeworkState.Pending, cancellationToken))
        {
            return;
        }

        var body =
            "There is practice planned for you today.\n\n" +
            $"Sign in to see it:\n{links.Home()}\n\n" +
            "This message carries none of your details. If you are in crisis, the crisis lines are on the sign-in page; replying to this e-mail does nothing.";
        await transport.SendAsync(new EmailMessage(client.Email, Subject, body), cancellationToken);
    }
}
