using ClinicalPortal.Application.Common.Messaging;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// The SMS provider cannot take a text now (unreachable, timed out, a 5xx, 408 or 429, or it refused our credentials):
/// the outbox waits for it without counting attempts. The message names the status only, never the provider's reply.
/// </summary>
public sealed class SmsUnavailableException(string message, Exception? cause = null) : ChannelUnavailableException(message, cause);
