namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>
/// Handles one type of outbox message, after the transaction that wrote it has committed and outside any
/// transaction of the dispatcher's. A message is handled at least once (a dispatcher that dies after handling but
/// before marking it done leaves it to be handled again), so a handler's effect must be idempotent. Throwing means
/// "try again later"; the dispatcher backs off and, after too many failures, moves the message to the dead letters.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The <see cref="OutboxMessage.Type"/> handled (one handler per type).</summary>
    string MessageType { get; }

    PayloadRetention Retention { get; }

    /// <summary>False while the handler cannot work at all (e-mail without an SMTP server): its messages wait, untried.</summary>
    bool IsAvailable => true;

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
