using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// How often a practice-plan item asks for its module: every day, once, or a number of days a week, either on
/// named weekdays or spread evenly across the week.
/// </summary>
/// <remarks>
/// <para>
/// Spread evenly (<see cref="FrequencyKind.TimesPerWeek"/> without named days): the <c>n</c> weekdays are those at
/// offsets <c>floor(i * 7 / n)</c>, <c>i = 0 .. n-1</c>, counted from the weekday of the item's own start day, so the
/// first day of the item is always a practice day. n = 1: 0; 2: 0, 3; 3: 0, 2, 4; 4: 0, 1, 3, 5; 5: 0, 1, 2, 4, 5;
/// 6: 0 .. 5; 7: every day. For example three times a week from a Monday is Monday, Wednesday, Friday; twice a week
/// from a Tuesday is Tuesday, Friday. The set depends on the start, so it is resolved by
/// <see cref="EffectiveDays"/> and never stored: <see cref="DaysOfWeek"/> stays empty.
/// </para>
/// <para>
/// Named days are kept in Monday-to-Sunday order whatever order they were given in, and equality compares them by
/// value. A null and an empty day list mean the same: no named days.
/// </para>
/// </remarks>
public sealed record PracticeFrequency
{
    public const string KindInvalid = "plan.frequency_kind_invalid";
    public const string TimesNotAllowed = "plan.frequency_times_not_allowed";
    public const string DaysNotAllowed = "plan.frequency_days_not_allowed";
    public const string TimesRequired = "plan.frequency_times_required";
    public const string TimesOutOfRange = "plan.frequency_times_out_of_range";
    public const string DayInvalid = "plan.frequency_day_invalid";
    public const string DaysDuplicated = "plan.frequency_days_duplicated";
    public const string DaysCountMismatch = "plan.frequency_days_count_mismatch";

    public const int MinTimesPerWeek = 1;
    public const int MaxTimesPerWeek = 7;

    private static readonly IReadOnlyList<DayOfWeek> EveryDay =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private PracticeFrequency(FrequencyKind kind, int? timesPerWeek, IReadOnlyList<DayOfWeek> daysOfWeek)
    {
        Kind = kind;
        TimesPerWeek = timesPerWeek;
        DaysOfWeek = daysOfWeek;
    }

    public FrequencyKind Kind { get; }

    /// <summary>Days a week, 1 to 7, for <see cref="FrequencyKind.TimesPerWeek"/>; null otherwise.</summary>
    public int? TimesPerWeek { get; }

    /// <summary>The named weekdays (Monday first), or empty: always empty for Daily and Once, and when spread evenly.</summary>
    public IReadOnlyList<DayOfWeek> DaysOfWeek { get; }

    /// <summary>Whether the days are spread evenly from the item's start (times a week, no named days).</summary>
    public bool IsSpread => Kind == FrequencyKind.TimesPerWeek && DaysOfWeek.Count == 0;

    /// <summary>
    /// Checks the rules of each kind. Daily and Once take neither a number nor days. Times a week takes a number from
    /// 1 to 7 and, optionally, that many distinct weekdays; without them the days are spread evenly from the start.
    /// </summary>
    public static Result<PracticeFrequency> Create(FrequencyKind kind, int? timesPerWeek, IReadOnlyList<DayOfWeek>? days)
    {
        var named = days ?? [];
        switch (kind)
        {
            case FrequencyKind.Daily or FrequencyKind.Once:
                if (timesPerWeek is not null)
                {
                    return Error.Rule(TimesNotAllowed, "Only a times-a-week frequency takes a number of days a week.");
                }

                if (named.Count > 0)
                {
                    return Error.Rule(DaysNotAllowed, "Only a times-a-week frequency takes weekdays.");
                }

                return new PracticeFrequency(kind, null, []);

            case FrequencyKind.TimesPerWeek:
                if (timesPerWeek is not { } times)
                {
                    return Error.Rule(TimesRequired, "A times-a-week frequency needs the number of days a week.");
                }

                if (times is < MinTimesPerWeek or > MaxTimesPerWeek)
                {
                    return Error.Rule(TimesOutOfRange, $"The number of days a week must be between {MinTimesPerWeek} and {MaxTimesPerWeek}.");
                }

                if (named.Count == 0)
                {
                    return new PracticeFrequency(kind, times, []);
                }

                if (named.Any(day => !Enum.IsDefined(day)))
                {
                    return Error.Rule(DayInvalid, "A weekday is not one of Monday to Sunday.");
                }

                if (named.Distinct().Count() != named.Count)
                {
                    return Error.Rule(DaysDuplicated, "A weekday is named more than once.");
                }

                if (named.Count != times)
                {
                    return Error.Rule(DaysCountMismatch, $"{times} days a week need {times} weekdays, or none to spread them evenly; {named.Count} were given.");
                }

                return new PracticeFrequency(kind, times, [.. named.OrderBy(MondayFirst)]);

            default:
                return Error.Rule(KindInvalid, "The frequency is not daily, times a week or once.");
        }
    }

    /// <summary>
    /// The weekdays an item starting on <paramref name="start"/> is practised on: every weekday for Daily, the start's
    /// weekday for Once, the named days (Monday first) or the evenly spread days (from the start's weekday on).
    /// </summary>
    public IReadOnlyList<DayOfWeek> EffectiveDays(DateOnly start) => Kind switch
    {
        FrequencyKind.Daily => EveryDay,
        FrequencyKind.Once => [start.DayOfWeek],
        _ when IsSpread => Spread(TimesPerWeek!.Value, start.DayOfWeek),
        _ => DaysOfWeek,
    };

    /// <summary>
    /// <paramref name="timesPerWeek"/> weekdays spread evenly from <paramref name="from"/>: offsets
    /// <c>floor(i * 7 / n)</c> for <c>i = 0 .. n-1</c>, in that order (so the first is <paramref name="from"/>).
    /// </summary>
    public static IReadOnlyList<DayOfWeek> Spread(int timesPerWeek, DayOfWeek from)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timesPerWeek, MinTimesPerWeek);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timesPerWeek, MaxTimesPerWeek);
        var days = new DayOfWeek[timesPerWeek];
        for (var i = 0; i < timesPerWeek; i++)
        {
            days[i] = (DayOfWeek)(((int)from + (i * 7 / timesPerWeek)) % 7);
        }

        return days;
    }

    public bool Equals(PracticeFrequency? other) =>
        other is not null && Kind == other.Kind && TimesPerWeek == other.TimesPerWeek && DaysOfWeek.SequenceEqual(other.DaysOfWeek);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(TimesPerWeek);
        foreach (var day in DaysOfWeek)
        {
            hash.Add(day);
        }

        return hash.ToHashCode();
    }

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
