namespace ClinicalPortal.Domain.Practice;

/// <summary>The calendar days a practice-plan item asks for its module, in the client's calendar.</summary>
public static class PracticeSchedule
{
    /// <summary>
    /// Every practice day from <paramref name="start"/> to <paramref name="end"/> (both included), in date order:
    /// Once is the start day alone; Daily is every day; times a week is every day whose weekday is in
    /// <see cref="PracticeFrequency.EffectiveDays"/> of the start (a first or last partial week gets only the days
    /// that fall in it, so an item can have no day at all, e.g. Monday only from a Tuesday to a Sunday).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span breaks <see cref="PracticeItemSpan.Validate"/>: validate it first.</exception>
    public static IReadOnlyList<DateOnly> Days(PracticeFrequency frequency, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        var span = PracticeItemSpan.Validate(start, end);
        if (!span.IsSuccess)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, span.Error!.Message);
        }

        if (frequency.Kind == FrequencyKind.Once)
        {
            return [start];
        }

        var onDay = new bool[7];
        foreach (var day in frequency.EffectiveDays(start))
        {
            onDay[(int)day] = true;
        }

        var days = new List<DateOnly>();
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            if (onDay[(int)day.DayOfWeek])
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>
    /// The days of <see cref="Days"/> on or after <paramref name="from"/>: what a plan change recomputes, leaving the
    /// tasks before it alone. The weekdays stay anchored on the item's own <paramref name="start"/>, not on
    /// <paramref name="from"/> (three a week from Monday changed on a Thursday still falls on Friday next).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span breaks <see cref="PracticeItemSpan.Validate"/>.</exception>
    public static IReadOnlyList<DateOnly> DaysFrom(PracticeFrequency frequency, DateOnly start, DateOnly end, DateOnly from) =>
        [.. Days(frequency, start, end).Where(day => day >= from)];
}
