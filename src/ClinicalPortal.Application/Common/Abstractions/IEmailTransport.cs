using ClinicalPortal.Application.Common.Messaging;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Sends one e-mail (SMTP in production and tests). Only the outbox dispatcher calls it.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
