namespace ClinicalPortal.Infrastructure.Practice;

/// <summary>The homework reminder worker (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    /// <summary>Whether this instance runs the worker (every instance does by default; the work is shared through the database).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often clients whose reminder hour has come are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The hour of the client's own day (0-23) from which the day's digest goes out.</summary>
    public int LocalHour { get; set; } = 8;
}
