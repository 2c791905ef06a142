using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class CoverageTests
{
    private static readonly Guid Night = Guid.NewGuid();
    private static readonly Guid Weekend = Guid.NewGuid();

    private static Coverage NewYork() => Coverage.Create(
        "America/New_York",
        [new(DayOfWeek.Monday, new(9, 0), new(17, 0)), new(DayOfWeek.Friday, new(9, 0), new(12, 0))],
        [new(Night, DayOfWeek.Monday, new(17, 0), new(9, 0)), new(Weekend, DayOfWeek.Saturday, new(0, 0), new(23, 59))]).Ok();

    [Theory]
    [InlineData("2027-01-04T14:00:00Z", true)]   // Monday 09:00 in New York
    [InlineData("2027-01-04T21:59:00Z", true)]   // Monday 16:59
    [InlineData("2027-01-04T22:00:00Z", false)]  // Monday 17:00: closed
    [InlineData("2027-01-08T17:30:00Z", false)]  // Friday 12:30
    [InlineData("2027-07-05T13:30:00Z", true)]   // Monday 09:30 in summer time (UTC-4)
    public void IsOpen_FollowsTheWallClockOfTheOrganisationsZone(string at, bool open) =>
        Assert.Equal(open, NewYork().IsOpen(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2027-01-04T23:00:00Z", true)]   // Monday 18:00
    [InlineData("2027-01-05T13:59:00Z", true)]   // Tuesday 08:59: the shift runs past midnight
    [InlineData("2027-01-05T14:00:00Z", false)]  // Tuesday 09:00
    [InlineData("2027-01-04T20:00:00Z", false)]  // Monday 15:00
    public void OnCallAt_CountsAShiftPastMidnight_OnTheNextMorning(string at, bool onCall) =>
        Assert.Equal(onCall, NewYork().OnCallAt(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Contains(Night));

    [Theory]
    [InlineData("2027-01-09T14:00:00Z", true)]   // Saturday 09:00 in New York
    [InlineData("2027-01-10T13:59:00Z", true)]   // Sunday 08:59
    [InlineData("2027-01-10T14:00:00Z", false)]  // Sunday 09:00
    public void AShiftThatEndsWhenItStarts_Runs24Hours(string at, bool onCall)
    {
        var weekend = Coverage.Create("America/New_York", [], [new(Weekend, DayOfWeek.Saturday, new(9, 0), new(9, 0))]).Ok();
        Assert.Equal(onCall, weekend.OnCallAt(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Contains(Weekend));
    }

    [Fact]
    public void Create_NamesEveryBrokenRule()
    {
        var result = Coverage.Create(
            "Mars/Olympus",
            [new(DayOfWeek.Monday, new(17, 0), new(9, 0)), new(DayOfWeek.Tuesday, new(9, 0), new(13, 0)), new(DayOfWeek.Tuesday, new(12, 0), new(17, 0))],
            []);

        var error = result.Refused(ErrorKind.RuleViolation, Coverage.Invalid);
        Assert.Equal(
            [("timeZone", (int?)null), ("hours", 1), ("hours", null)],
            error.Violations.Select(v => (v.Code!, v.Position)));
    }
}
