namespace ClinicalPortal.Domain.Practice;

/// <summary>How a homework task's status and lateness follow from its day, the client's zone and the clock.</summary>
public static class HomeworkStatuses
{
    /// <summary>
    /// <see cref="HomeworkStatus.Done"/> or <see cref="HomeworkStatus.Skipped"/> when recorded (done wins if both
    /// were: the practice happened); otherwise <see cref="HomeworkStatus.Missed"/> from the instant the day closes
    /// (<paramref name="now"/> &gt;= <see cref="HomeworkDay.ClosesAt"/>), and <see cref="HomeworkStatus.Due"/> before.
    /// </summary>
    public static HomeworkStatus Of(DateOnly date, TimeZoneInfo zone, DateTimeOffset now, bool done, bool skipped)
    {
        if (done)
        {
            return HomeworkStatus.Done;
        }

        if (skipped)
        {
            return HomeworkStatus.Skipped;
        }

        return now >= new HomeworkDay(date, zone).ClosesAt ? HomeworkStatus.Missed : HomeworkStatus.Due;
    }

    /// <summary>Whether a completion at <paramref name="completedAt"/> came after the task's day had closed.</summary>
    public static bool IsLate(DateOnly date, TimeZoneInfo zone, DateTimeOffset completedAt) =>
        completedAt >= new HomeworkDay(date, zone).ClosesAt;

    /// <summary>The calendar date of <paramref name="instant"/> in <paramref name="zone"/> (the day that contains it).</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }
}
