using ClinicalPortal.Application.Common.Messaging;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>
/// Sends e-mail (SMTP in production and tests). Scoped: the outbox dispatcher handles one batch per scope, so every
/// e-mail of a batch goes over one connection, opened at the first and closed with the scope. Only outbox handlers
/// call it, never a request.
/// </summary>
public interface IEmailTransport
{
    /// <summary>Whether a server is configured; without one, e-mail waits in the outbox (never tried, never dead-lettered).</summary>
    bool IsConfigured { get; }

    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
