using ClinicalPortal.Application.Common.Abstractions;

namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>Sends a ready-made e-mail (invitations, address changes); the payload holds the link, so it is wiped once sent.</summary>
public sealed class EmailHandler(IEmailTransport transport) : IOutboxHandler
{
    public string MessageType => OutboxMessage.EmailType;

    public PayloadRetention Retention => PayloadRetention.WipeWhenDone;

    public bool IsAvailable => transport.IsConfigured;

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        transport.SendAsync(message.ReadEmail(), cancellationToken);
}
