namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>
/// The SMS provider refused this text (a 4xx other than 401, 403, 408 and 429, e.g. a number it cannot reach): the
/// message is at fault, not the channel, so the attempt counts and the outbox ends in its dead letters after too many.
/// The message names the status only (a provider's reply can quote the number).
/// </summary>
public sealed class SmsRejectedException(int status) : Exception($"The SMS provider refused the text ({status}).");
