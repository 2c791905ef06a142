namespace ClinicalPortal.Infrastructure.Alerts;

/// <summary>The escalation worker (section <c>Escalation</c>).</summary>
public sealed class EscalationOptions
{
    /// <summary>Whether this instance runs the worker (every instance does by default; the work is shared through the database).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due deadlines are looked for; lateness is at most about this plus the time to fire.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deadlines claimed at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Deadlines of one batch fired at once (each in its own transaction, under its alert's lock).</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a claim holds: an instance that dies mid-batch leaves its deadlines to another after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After a failed firing (the database went away), how long before it is tried again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
