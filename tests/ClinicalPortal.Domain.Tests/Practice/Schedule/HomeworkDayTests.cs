using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Schedule;

public sealed class HomeworkDayTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset At(int year, int month, int day, int hour, double offsetHours) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(offsetHours));

    [Theory]
    // zone, date, opens (local offset), closes next midnight (local offset), hours long
    [InlineData("Europe/London", "2026-03-29", 0, 1, 23)]      // BST starts 01:00 GMT
    [InlineData("Europe/London", "2026-10-25", 1, 0, 25)]      // BST ends 02:00 BST
    [InlineData("America/New_York", "2026-03-08", -5, -4, 23)] // EDT starts 02:00 EST
    [InlineData("America/New_York", "2026-11-01", -4, -5, 25)] // EDT ends 02:00 EDT
    [InlineData("Australia/Sydney", "2026-04-05", 11, 10, 25)] // southern autumn: AEDT ends 03:00 AEDT
    [InlineData("Australia/Sydney", "2026-10-04", 10, 11, 23)] // southern spring: AEDT starts 02:00 AEST
    [InlineData("Europe/London", "2026-06-15", 1, 1, 24)]
    public void Day_RunsFromLocalMidnightToLocalMidnight_AcrossDaylightSavingChanges(
        string zone, string date, double opensOffset, double closesOffset, int hours)
    {
        var day = new HomeworkDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Zone(zone));
        var next = day.Date.AddDays(1);
        Assert.Equal(At(day.Date.Year, day.Date.Month, day.Date.Day, 0, opensOffset), day.OpensAt);
        Assert.Equal(TimeSpan.FromHours(opensOffset), day.OpensAt.Offset);
        Assert.Equal(At(next.Year, next.Month, next.Day, 0, closesOffset), day.ClosesAt);
        Assert.Equal(TimeSpan.FromHours(closesOffset), day.ClosesAt.Offset);
        Assert.Equal(TimeSpan.FromHours(hours), day.Length);
        Assert.Equal(day.ClosesAt, new HomeworkDay(next, day.Zone).OpensAt); // days tile: no gap, no overlap
    }

    [Theory]
    // Zones whose spring change skips midnight itself (00:00 -> 01:00). The dates come from tzdata; the test first
    // asks TimeZoneInfo that midnight really is invalid there, so a tzdata change fails here, loudly, not silently.
    [InlineData("America/Santiago", "2026-09-06", -3)] // Chile: 24:00 on Saturday 09-05 becomes 01:00 on 09-06
    [InlineData("America/Havana", "2026-03-08", -4)]
    [InlineData("Asia/Beirut", "2026-03-29", 3)]
    public void Day_WhoseMidnightIsSkipped_OpensAtItsFirstValidInstant(string zoneId, string date, double offset)
    {
        var zone = Zone(zoneId);
        var day = new HomeworkDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), zone);
        Assert.True(zone.IsInvalidTime(day.Date.ToDateTime(TimeOnly.MinValue)), $"{zoneId}: midnight of {date} is valid in this tzdata");
        Assert.False(zone.IsInvalidTime(day.Date.ToDateTime(new TimeOnly(1, 0))));

        Assert.Equal(At(day.Date.Year, day.Date.Month, day.Date.Day, 1, offset), day.OpensAt);
        Assert.Equal(TimeSpan.FromHours(23), day.Length);
        // First valid instant: one tick earlier is still the day before, in the zone's own calendar.
        Assert.Equal(day.Date.AddDays(-1), HomeworkStatuses.LocalDate(day.OpensAt.AddTicks(-1), zone));
        Assert.Equal(day.Date, HomeworkStatuses.LocalDate(day.OpensAt, zone));
        Assert.Equal(day.OpensAt, new HomeworkDay(day.Date.AddDays(-1), zone).ClosesAt);
    }

    [Fact]
    public void Santiago_In2026_SkipsMidnightOnExactlyOneDay()
    {
        var zone = Zone("America/Santiago");
        var skipped = new List<DateOnly>();
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            if (zone.IsInvalidTime(day.ToDateTime(TimeOnly.MinValue)))
            {
                skipped.Add(day);
            }
        }

        Assert.Equal([new DateOnly(2026, 9, 6)], skipped);
    }

    [Fact]
    public void Day_RefusesNoZone()
    {
        Assert.Throws<ArgumentNullException>(() => new HomeworkDay(new DateOnly(2026, 3, 2), null!));
    }

    [Fact]
    public void Contains_FromOpensAt_UpToButNotIncludingClosesAt()
    {
        var day = new HomeworkDay(new DateOnly(2026, 3, 8), Zone("America/New_York"));
        Assert.True(day.Contains(day.OpensAt));
        Assert.True(day.Contains(day.ClosesAt.AddTicks(-1)));
        Assert.False(day.Contains(day.ClosesAt));
        Assert.False(day.Contains(day.OpensAt.AddTicks(-1)));
    }
}
