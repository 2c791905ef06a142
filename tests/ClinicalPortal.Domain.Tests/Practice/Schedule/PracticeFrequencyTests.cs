using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Schedule;

public sealed class PracticeFrequencyTests
{
    private const DayOfWeek Mon = DayOfWeek.Monday, Tue = DayOfWeek.Tuesday, Wed = DayOfWeek.Wednesday,
        Thu = DayOfWeek.Thursday, Fri = DayOfWeek.Friday, Sat = DayOfWeek.Saturday, Sun = DayOfWeek.Sunday;

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void Create_RefusesTimesPerWeekOutsideOneToSeven(int times)
    {
        var result = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, times, null);
        Assert.Equal(PracticeFrequency.TimesOutOfRange, result.Error!.Code);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Create_AcceptsTimesPerWeekAtTheEdges(int times)
    {
        var frequency = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, times, null).Value;
        Assert.Equal(times, frequency.TimesPerWeek);
        Assert.Empty(frequency.DaysOfWeek);
        Assert.True(frequency.IsSpread);
    }

    [Fact]
    public void Create_TimesPerWeek_NeedsTheNumber()
    {
        Assert.Equal(PracticeFrequency.TimesRequired, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, null, [Mon]).Error!.Code);
    }

    [Fact]
    public void Create_RefusesADayCountOtherThanTheNumber()
    {
        Assert.Equal(PracticeFrequency.DaysCountMismatch, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, [Mon, Wed]).Error!.Code);
        Assert.Equal(PracticeFrequency.DaysCountMismatch, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 1, [Mon, Wed]).Error!.Code);
    }

    [Fact]
    public void Create_RefusesADayNamedTwice()
    {
        // Checked before the count: three entries for three times, but only two distinct days.
        var result = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, [Mon, Wed, Mon]);
        Assert.Equal(PracticeFrequency.DaysDuplicated, result.Error!.Code);
    }

    [Fact]
    public void Create_RefusesAnUndefinedWeekday()
    {
        var result = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 1, [(DayOfWeek)7]);
        Assert.Equal(PracticeFrequency.DayInvalid, result.Error!.Code);
    }

    [Theory]
    [InlineData(FrequencyKind.Daily)]
    [InlineData(FrequencyKind.Once)]
    public void Create_DailyAndOnce_RefuseDaysAndANumber(FrequencyKind kind)
    {
        Assert.Equal(PracticeFrequency.DaysNotAllowed, PracticeFrequency.Create(kind, null, [Mon]).Error!.Code);
        Assert.Equal(PracticeFrequency.TimesNotAllowed, PracticeFrequency.Create(kind, 3, null).Error!.Code);
        var frequency = PracticeFrequency.Create(kind, null, null).Value;
        Assert.Equal(kind, frequency.Kind);
        Assert.Null(frequency.TimesPerWeek);
        Assert.Empty(frequency.DaysOfWeek);
    }

    [Fact]
    public void Create_AnEmptyDayList_IsTheSameAsNone()
    {
        Assert.True(PracticeFrequency.Create(FrequencyKind.Daily, null, []).IsSuccess);
        Assert.Equal(
            PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 2, null).Value,
            PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 2, []).Value);
    }

    [Fact]
    public void Create_RefusesAnUndefinedKind()
    {
        Assert.Equal(PracticeFrequency.KindInvalid, PracticeFrequency.Create((FrequencyKind)9, null, null).Error!.Code);
    }

    [Fact]
    public void Create_KeepsNamedDaysMondayFirst_AndComparesThemByValue()
    {
        var a = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, [Sun, Fri, Mon]).Value;
        var b = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, [Mon, Fri, Sun]).Value;
        Assert.Equal([Mon, Fri, Sun], a.DaysOfWeek);
        Assert.False(a.IsSpread);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 3, [Mon, Wed, Sun]).Value);
    }

    public static TheoryData<int, DayOfWeek, DayOfWeek[]> SpreadCases => new()
    {
        // offsets floor(i*7/n) from the start weekday
        { 1, Wed, [Wed] },                               // 0
        { 1, Sun, [Sun] },                               // 0
        { 2, Tue, [Tue, Fri] },                          // 0, 3
        { 2, Sat, [Sat, Tue] },                          // 0, 3 (wraps past Sunday)
        { 3, Mon, [Mon, Wed, Fri] },                     // 0, 2, 4
        { 3, Fri, [Fri, Sun, Tue] },                     // 0, 2, 4
        { 4, Sun, [Sun, Mon, Wed, Fri] },                // 0, 1, 3, 5
        { 4, Thu, [Thu, Fri, Sun, Tue] },                // 0, 1, 3, 5
        { 5, Sat, [Sat, Sun, Mon, Wed, Thu] },           // 0, 1, 2, 4, 5
        { 5, Mon, [Mon, Tue, Wed, Fri, Sat] },           // 0, 1, 2, 4, 5
        { 6, Thu, [Thu, Fri, Sat, Sun, Mon, Tue] },      // 0 .. 5
        { 6, Mon, [Mon, Tue, Wed, Thu, Fri, Sat] },      // 0 .. 5
        { 7, Mon, [Mon, Tue, Wed, Thu, Fri, Sat, Sun] }, // 0 .. 6
        { 7, Wed, [Wed, Thu, Fri, Sat, Sun, Mon, Tue] }, // 0 .. 6
    };

    [Theory]
    [MemberData(nameof(SpreadCases))]
    public void Spread_PlacesDaysAtFloorOfISevenOverN_FromTheStartWeekday(int times, DayOfWeek from, DayOfWeek[] expected)
    {
        Assert.Equal(expected, PracticeFrequency.Spread(times, from));
    }

    [Fact]
    public void Spread_AlwaysStartsOnTheStartDay_WithNDistinctDays()
    {
        for (var times = 1; times <= 7; times++)
        {
            foreach (var from in Enum.GetValues<DayOfWeek>())
            {
                var days = PracticeFrequency.Spread(times, from);
                Assert.Equal(from, days[0]);
                Assert.Equal(times, days.Distinct().Count());
            }
        }
    }

    [Fact]
    public void EffectiveDays_ResolveTheSpreadFromTheStart_AndKeepNamedDays()
    {
        var spread = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 2, null).Value;
        Assert.Equal([Tue, Fri], spread.EffectiveDays(new DateOnly(2026, 3, 3))); // a Tuesday
        var named = PracticeFrequency.Create(FrequencyKind.TimesPerWeek, 2, [Thu, Mon]).Value;
        Assert.Equal([Mon, Thu], named.EffectiveDays(new DateOnly(2026, 3, 3)));
        Assert.Equal([Tue], PracticeFrequency.Create(FrequencyKind.Once, null, null).Value.EffectiveDays(new DateOnly(2026, 3, 3)));
        Assert.Equal(7, PracticeFrequency.Create(FrequencyKind.Daily, null, null).Value.EffectiveDays(new DateOnly(2026, 3, 3)).Count);
    }
}
