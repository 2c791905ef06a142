namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>The SMTP server could not be reached twice in this batch: the rest of the batch's e-mail waits for the next attempt.</summary>
public sealed class SmtpUnreachableException(Exception cause)
    : Exception("The SMTP server is unreachable for this batch.", cause);
