using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The limits on a practice-plan item's dates: it ends on or after its start and lasts at most
/// <see cref="MaxDays"/> days, both ends included (a leap year; plan again after that).
/// </summary>
public static class PracticeItemSpan
{
    /// <summary>Longest item, start and end day included (2028-01-01 to 2028-12-31, or 2026-01-01 to 2027-01-01).</summary>
    public const int MaxDays = 366;

    public const string EndBeforeStart = "plan.end_before_start";
    public const string TooLong = "plan.too_long";

    public static Result<Unit> Validate(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return Error.Rule(EndBeforeStart, "The end must not be before the start.");
        }

        if (DayCount(start, end) > MaxDays)
        {
            return Error.Rule(TooLong, $"A practice item runs at most {MaxDays} days; plan again after that.");
        }

        return Unit.Value;
    }

    /// <summary>Days from <paramref name="start"/> to <paramref name="end"/>, both included (1 when they are the same day).</summary>
    public static int DayCount(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;
}
