using ClinicalPortal.Application.Reports;

namespace ClinicalPortal.Application.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void TheDefault_IsTheTwelveWeeksToToday_AndOneSideGivesTheOther()
    {
        Assert.Equal((new DateOnly(2026, 9, 9), Today), ReportPeriod.Resolve(null, null, Today)); // 84 days, both ends included
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 25)), ReportPeriod.Resolve("2026-01-01", null, Today));
        Assert.Equal((new DateOnly(2026, 1, 8), new DateOnly(2026, 4, 1)), ReportPeriod.Resolve(null, "2026-04-01", Today));
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-29", "2026-03-29T00:00:00+00:00")]       // spring forward at 01:00: midnight exists
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06T01:00:00-03:00")]    // midnight skipped: the day starts at 01:00
    [InlineData("America/Santiago", "2026-04-05", "2026-04-05T00:00:00-04:00")]    // the night clocks went back: winter time
    public void ADayStarts_AtItsFirstInstant_InTheClientsZone(string zone, string day, string expected)
    {
        var start = ReportPeriod.StartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(TimeSpan.Zero, start.Offset);
    }
}
