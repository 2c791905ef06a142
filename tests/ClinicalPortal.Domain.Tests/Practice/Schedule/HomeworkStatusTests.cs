using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Schedule;

public sealed class HomeworkStatusTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    // Sunday 2026-03-08 in New York (the 23-hour day) closes at 2026-03-09 00:00 EDT = 04:00 UTC.
    private static readonly DateOnly SpringForward = new(2026, 3, 8);
    private static readonly DateTimeOffset ClosesUtc = new(2026, 3, 9, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_IsMissedExactlyAtClosesAt_AndDueOneTickBefore()
    {
        Assert.Equal(ClosesUtc, new HomeworkDay(SpringForward, NewYork).ClosesAt);
        Assert.Equal(HomeworkStatus.Due, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc.AddTicks(-1), false, false));
        Assert.Equal(HomeworkStatus.Missed, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc, false, false));
        // The same instant written in another offset is the same instant.
        Assert.Equal(HomeworkStatus.Missed, HomeworkStatuses.Of(SpringForward, NewYork, new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.FromHours(9)), false, false));
    }

    [Fact]
    public void Of_IsDueBeforeTheDayOpens()
    {
        Assert.Equal(HomeworkStatus.Due, HomeworkStatuses.Of(SpringForward, NewYork, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), false, false));
    }

    [Fact]
    public void Of_RecordedOutcomesStand_BeforeAndAfterTheClose()
    {
        Assert.Equal(HomeworkStatus.Done, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc, true, false));
        Assert.Equal(HomeworkStatus.Done, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc.AddTicks(-1), true, false));
        Assert.Equal(HomeworkStatus.Skipped, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc, false, true));
        Assert.Equal(HomeworkStatus.Skipped, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc.AddTicks(-1), false, true));
        Assert.Equal(HomeworkStatus.Done, HomeworkStatuses.Of(SpringForward, NewYork, ClosesUtc, true, true)); // done wins
    }

    [Fact]
    public void IsLate_FromClosesAt_OnTheFallBackDay()
    {
        // Sunday 2026-10-25 in London is 25 hours: 00:00 BST (23:00 UTC on the 24th) to 00:00 GMT on the 26th.
        var day = new DateOnly(2026, 10, 25);
        var closes = new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero);
        Assert.False(HomeworkStatuses.IsLate(day, London, new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero))); // 23:30 GMT
        Assert.False(HomeworkStatuses.IsLate(day, London, closes.AddTicks(-1)));
        Assert.True(HomeworkStatuses.IsLate(day, London, closes));
        Assert.False(HomeworkStatuses.IsLate(day, London, new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero))); // its opening
    }

    [Fact]
    public void LocalDate_FollowsTheZonesCalendar()
    {
        Assert.Equal(new DateOnly(2026, 3, 8), HomeworkStatuses.LocalDate(ClosesUtc.AddTicks(-1), NewYork));
        Assert.Equal(new DateOnly(2026, 3, 9), HomeworkStatuses.LocalDate(ClosesUtc, NewYork));
        // Santiago 2026-09-06: 03:59:59 UTC is 23:59:59 (-04) on the 5th; 04:00 UTC is 01:00 (-03) on the 6th.
        Assert.Equal(new DateOnly(2026, 9, 5), HomeworkStatuses.LocalDate(new DateTimeOffset(2026, 9, 6, 3, 59, 59, TimeSpan.Zero), Santiago));
        Assert.Equal(new DateOnly(2026, 9, 6), HomeworkStatuses.LocalDate(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), Santiago));
    }
}
