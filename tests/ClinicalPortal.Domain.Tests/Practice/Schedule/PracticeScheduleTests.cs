using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Schedule;

public sealed class PracticeScheduleTests
{
    private static readonly PracticeFrequency Daily = PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value;
    private static readonly PracticeFrequency Once = PracticeFrequency.Create(FrequencyKind.Once, null, null).Value;

    private static PracticeFrequency Weekly(int times, params DayOfWeek[] days) =>
        PracticeFrequency.Create(FrequencyKind.TimesPerWeek, times, days).Value;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Days_Daily_RunsAcrossAMonthEnd()
    {
        Assert.Equal([D(2026, 1, 30), D(2026, 1, 31), D(2026, 2, 1), D(2026, 2, 2)], PracticeSchedule.Days(Daily, D(2026, 1, 30), D(2026, 2, 2)));
    }

    [Fact]
    public void Days_Daily_IncludesTheLeapDay()
    {
        Assert.Equal([D(2028, 2, 27), D(2028, 2, 28), D(2028, 2, 29), D(2028, 3, 1)], PracticeSchedule.Days(Daily, D(2028, 2, 27), D(2028, 3, 1)));
    }

    [Fact]
    public void Days_Once_IsTheStartDayAlone()
    {
        Assert.Equal([D(2026, 3, 31)], PracticeSchedule.Days(Once, D(2026, 3, 31), D(2026, 4, 30)));
        Assert.Equal([D(2026, 3, 31)], PracticeSchedule.Days(Once, D(2026, 3, 31), D(2026, 3, 31)));
    }

    [Fact]
    public void Days_NamedWeekdays_AcrossAMonthEnd_StartingMidWeek()
    {
        // Mon/Wed/Fri from Friday 2026-03-27 to Monday 2026-04-06.
        var days = PracticeSchedule.Days(Weekly(3, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday), D(2026, 3, 27), D(2026, 4, 6));
        Assert.Equal([D(2026, 3, 27), D(2026, 3, 30), D(2026, 4, 1), D(2026, 4, 3), D(2026, 4, 6)], days);
    }

    [Fact]
    public void Days_Spread_TwiceAWeekFromATuesday_AcrossAMonthEnd()
    {
        // Tuesday 2026-03-31: offsets 0, 3 -> Tuesday, Friday.
        var days = PracticeSchedule.Days(Weekly(2), D(2026, 3, 31), D(2026, 4, 14));
        Assert.Equal([D(2026, 3, 31), D(2026, 4, 3), D(2026, 4, 7), D(2026, 4, 10), D(2026, 4, 14)], days);
    }

    [Fact]
    public void Days_Spread_ThreeAWeekFromAWednesday_AcrossTheYearEnd()
    {
        // Wednesday 2025-12-31: offsets 0, 2, 4 -> Wednesday, Friday, Sunday.
        var days = PracticeSchedule.Days(Weekly(3), D(2025, 12, 31), D(2026, 1, 7));
        Assert.Equal([D(2025, 12, 31), D(2026, 1, 2), D(2026, 1, 4), D(2026, 1, 7)], days);
    }

    [Fact]
    public void Days_NamedWeekdaysNotInTheSpan_GiveNoDay()
    {
        // Mondays only, Tuesday 2026-03-03 to Sunday 2026-03-08.
        Assert.Empty(PracticeSchedule.Days(Weekly(1, DayOfWeek.Monday), D(2026, 3, 3), D(2026, 3, 8)));
    }

    [Fact]
    public void Days_AcceptsTheLongestSpan_AndRefusesLonger()
    {
        Assert.Equal(366, PracticeSchedule.Days(Daily, D(2028, 1, 1), D(2028, 12, 31)).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => PracticeSchedule.Days(Daily, D(2028, 1, 1), D(2029, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PracticeSchedule.Days(Once, D(2026, 3, 2), D(2026, 3, 1)));
    }

    [Fact]
    public void DaysFrom_AfterAChangeOnThursday_StartsOnFriday()
    {
        // Mon/Wed/Fri from Monday 2026-03-02, changed on Thursday 2026-03-05.
        var frequency = Weekly(3, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday);
        var days = PracticeSchedule.DaysFrom(frequency, D(2026, 3, 2), D(2026, 3, 15), D(2026, 3, 5));
        Assert.Equal([D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 11), D(2026, 3, 13)], days);
    }

    [Fact]
    public void DaysFrom_KeepsTheSpreadAnchoredOnTheItemsStart_NotOnTheChange()
    {
        // Three a week from Monday 2026-03-02 is Mon/Wed/Fri; anchored on Thursday 2026-03-05 it would be Thu/Sat/Mon.
        var days = PracticeSchedule.DaysFrom(Weekly(3), D(2026, 3, 2), D(2026, 3, 15), D(2026, 3, 5));
        Assert.Equal([D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 11), D(2026, 3, 13)], days);
    }

    [Fact]
    public void DaysFrom_IncludesTheChangeDay_AndHandlesChangesOutsideTheSpan()
    {
        var frequency = Weekly(3);
        Assert.Equal(D(2026, 3, 4), PracticeSchedule.DaysFrom(frequency, D(2026, 3, 2), D(2026, 3, 8), D(2026, 3, 4))[0]);
        Assert.Equal(3, PracticeSchedule.DaysFrom(frequency, D(2026, 3, 2), D(2026, 3, 8), D(2026, 2, 1)).Count);
        Assert.Empty(PracticeSchedule.DaysFrom(frequency, D(2026, 3, 2), D(2026, 3, 8), D(2026, 3, 9)));
        Assert.Empty(PracticeSchedule.DaysFrom(Once, D(2026, 3, 2), D(2026, 3, 8), D(2026, 3, 3)));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-01", PracticeItemSpan.EndBeforeStart)]
    [InlineData("2026-01-01", "2027-01-02", PracticeItemSpan.TooLong)] // 365 days of 2026 + 2 = 367
    [InlineData("2028-01-01", "2029-01-01", PracticeItemSpan.TooLong)] // 366 days of 2028 + 1 = 367
    public void Span_RefusesAnEndBeforeTheStart_AndMoreThan366Days(string start, string end, string rule)
    {
        var result = PracticeItemSpan.Validate(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule, result.Error!.Code);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02")] // one day
    [InlineData("2026-01-01", "2026-12-31")] // 365
    [InlineData("2026-01-01", "2027-01-01")] // 365 days of 2026 + 1 = 366
    [InlineData("2028-01-01", "2028-12-31")] // 366, a leap year
    public void Span_AcceptsUpTo366DaysBothEndsIncluded(string start, string end)
    {
        var from = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(PracticeItemSpan.Validate(from, to).IsSuccess);
        Assert.True(PracticeItemSpan.DayCount(from, to) <= PracticeItemSpan.MaxDays);
    }
}
