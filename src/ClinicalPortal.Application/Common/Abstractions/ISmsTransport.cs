using ClinicalPortal.Application.Common.Messaging;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Sends a text message (an HTTP SMS provider in production, the Development catcher otherwise). Only outbox handlers
/// call it, never a request. A provider that cannot take the text now throws a <see cref="ChannelUnavailableException"/>
/// (the outbox waits for it without counting attempts); the same <see cref="SmsMessage.IdempotencyKey"/> on a retry
/// never sends the text twice.
/// </summary>
public interface ISmsTransport
{
    /// <summary>Whether a provider is configured; without one, texts wait in the outbox (never tried, never dead-lettered).</summary>
    bool IsConfigured { get; }

    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
