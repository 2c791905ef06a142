namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// The delivery channel itself is down (the mail server cannot be reached), not this message at fault: the outbox
/// postpones the message without counting an attempt, so an outage of any length never sends messages to the dead
/// letters; they go out when the channel is back.
/// </summary>
public class ChannelUnavailableException(string message, Exception? cause) : Exception(message, cause);
