using ClinicalPortal.Application.Common.Messaging;

namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>The SMTP server could not be reached (connect or authentication failed): the outbox waits for it without counting attempts.</summary>
public sealed class SmtpUnreachableException(Exception cause)
    : ChannelUnavailableException("The SMTP server is unreachable.", cause);
