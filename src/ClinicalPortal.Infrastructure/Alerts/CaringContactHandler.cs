using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Infrastructure.Hosting;

namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>
/// Handles a <c>caring_contact.due</c> row when its check-in is due (the row's <c>available_at</c> is the timer): records
/// it through an audited request, then e-mails the client that their care team has a message for them. The e-mail
/// carries nothing of theirs and no word of a crisis (an inbox can be read by others): only that there is a message,
/// where to sign in, and the crisis lines' place. A failed send is tried again by the outbox.
/// </summary>
public sealed class CaringContactHandler(SystemRequests requests, IEmailTransport transport, IPortalLinks links) : IOutboxHandler
{
    public const string Subject = "ClinicalPortal: a message from your care team";

    public string MessageType => CaringContactMessage.MessageType;

    public PayloadRetention Retention => PayloadRetention.Keep;

    public bool IsAvailable => transport.IsConfigured;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var due = message.Read<CaringContactMessage>();
        var organization = message.OrganizationId ?? throw new InvalidOperationException("A caring_contact.due message names its organisation.");
        var result = await requests.SendAsync(
            SystemActors.CaringContacts, organization, $"outbox:{message.Id}", new MarkCheckInMessaged(due.CaringContactId), cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Recording a check-in message was refused ({result.Error!.Code}).");
        }

        if (result.Value is not { } address)
        {
            return;
        }

        var body =
            "Your care team has sent you a message, with one short question.\n\n" +
            $"Sign in to read it:\n{links.Home()}\n\n" +
            "This e-mail carries none of your details, and replying to it does nothing. " +
            "If you need help now, the crisis lines are on the sign-in page.";
        await transport.SendAsync(new EmailMessage(address, Subject, body), cancellationToken);
    }
}
