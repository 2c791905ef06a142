namespace ClinicalPortal.Domain.Practice;

/// <summary>Where one homework task stands (see <see cref="HomeworkStatuses.Of"/>).</summary>
public enum HomeworkStatus
{
    /// <summary>Neither done nor skipped, and its day has not closed yet (today or later).</summary>
    Due = 0,

    /// <summary>The client recorded doing it (whenever: a late completion is still done, see <see cref="HomeworkStatuses.IsLate"/>).</summary>
    Done = 1,

    /// <summary>The client recorded not doing it.</summary>
    Skipped = 2,

    /// <summary>Its day closed with nothing recorded.</summary>
    Missed = 3,
}
