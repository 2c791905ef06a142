namespace ClinicalPortal.Infrastructure.Messaging;

/// <summary>The outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Whether this instance runs the dispatcher (every instance does by default; the work is shared through the database).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due messages are looked for (a full batch is followed by the next at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages claimed at a time (e-mail of one batch shares one SMTP connection).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim holds: a dispatcher that dies mid-batch leaves its messages to another after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failures after which a message is moved to the dead-letter state (kept and listed, never dropped).</summary>
    public int MaxAttempts { get; set; } = 25;

    /// <summary>
    /// The wait before a message is tried again when its channel is down (the mail server unreachable); such tries do
    /// not count toward <see cref="MaxAttempts"/>.
    /// </summary>
    public TimeSpan UnavailableRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts (the back-off doubles from 2 s up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);
}
