using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Schedules;

public sealed class MeasureScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static MeasureSchedule Schedule(int cadence, DateOnly start, DateOnly? end = null) =>
        MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, cadence, start, end, UserId.New(), Now).Value;

    [Fact]
    public void Window_OpensAtLocalMidnight_AndClosesWhenTheNextOpens()
    {
        var schedule = Schedule(7, new DateOnly(2026, 1, 5));
        var window = schedule.WindowAt(new DateTimeOffset(2026, 1, 14, 15, 0, 0, TimeSpan.Zero), NewYork)!;
        Assert.Equal(1, window.Index);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 0, 0, 0, TimeSpan.FromHours(-5)), window.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 19, 0, 0, 0, TimeSpan.FromHours(-5)), window.ClosesAt);
    }

    [Fact]
    public void LastClosedWindow_IsTheOneBeforeTheOpenWindow_AndNoneInTheFirst()
    {
        var schedule = Schedule(7, new DateOnly(2026, 1, 5));
        Assert.Null(schedule.LastClosedWindow(new DateTimeOffset(2026, 1, 11, 15, 0, 0, TimeSpan.Zero), NewYork)); // window 0 still open
        var closed = schedule.LastClosedWindow(new DateTimeOffset(2026, 1, 14, 15, 0, 0, TimeSpan.Zero), NewYork)!;
        Assert.Equal(0, closed.Index);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 0, 0, 0, TimeSpan.FromHours(-5)), closed.ClosesAt);
        Assert.Null(schedule.LastClosedWindow(new DateTimeOffset(2026, 1, 1, 15, 0, 0, TimeSpan.Zero), NewYork)); // before the start
    }

    [Fact]
    public void Window_AcrossTheSpringForwardChange_StaysOnLocalMidnights()
    {
        // US daylight saving starts on 2026-03-08: the window is 167 hours long, not 168.
        var schedule = Schedule(7, new DateOnly(2026, 3, 2));
        var window = schedule.Window(0, NewYork);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(-5)), window.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(-4)), window.ClosesAt);
        Assert.Equal(TimeSpan.FromHours(167), window.ClosesAt - window.OpensAt);
    }

    [Fact]
    public void Window_UsesTheClientsDate_NotTheUtcDate()
    {
        var schedule = Schedule(1, new DateOnly(2026, 1, 10));
        // 03:00 UTC on the 10th is still the 9th in New York: not started yet.
        Assert.Null(schedule.WindowAt(new DateTimeOffset(2026, 1, 10, 3, 0, 0, TimeSpan.Zero), NewYork));
        Assert.Equal(0, schedule.WindowAt(new DateTimeOffset(2026, 1, 10, 6, 0, 0, TimeSpan.Zero), NewYork)!.Index);
    }

    [Fact]
    public void Window_IsCappedByTheEndDate_AndNoneAfterIt()
    {
        var schedule = Schedule(14, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 20));
        var last = schedule.WindowAt(new DateTimeOffset(2026, 1, 18, 12, 0, 0, TimeSpan.Zero), NewYork)!;
        Assert.Equal(1, last.Index);
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.FromHours(-5)), last.ClosesAt);
        Assert.Null(schedule.WindowAt(new DateTimeOffset(2026, 1, 21, 12, 0, 0, TimeSpan.Zero), NewYork));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Create_RefusesCadenceOutsideOneToAYear(int cadence)
    {
        var result = MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, cadence,
            new DateOnly(2026, 1, 1), null, UserId.New(), Now);
        Assert.Equal(MeasureSchedule.CadenceOutOfRange, result.Error!.Code);
        Assert.Empty(result.Error.Fields); // the domain names its rule, not a request field
    }

    [Fact]
    public void Create_RefusesAnEndBeforeTheStart()
    {
        var result = MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, 7,
            new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31), UserId.New(), Now);
        Assert.Equal(MeasureSchedule.EndBeforeStart, result.Error!.Code);
    }

    [Theory]
    [InlineData("2026-01-01", "9999-12-31", MeasureSchedule.TooLong)]
    [InlineData("2026-01-01", "2036-01-03", MeasureSchedule.TooLong)]
    [InlineData("1999-12-31", null, MeasureSchedule.StartOutOfRange)]
    [InlineData("2101-01-01", null, MeasureSchedule.StartOutOfRange)]
    public void Create_RefusesDatesOutsideAPlausibleRange(string start, string? end, string rule)
    {
        var result = MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, 7,
            DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), UserId.New(), Now);
        Assert.Equal(rule, result.Error!.Code);
    }

    [Fact]
    public void Create_AcceptsTenYears_AndEveryWindowOfItIsComputable()
    {
        var schedule = MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, 1,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(MeasureSchedule.MaxSpanDays), UserId.New(), Now).Value;
        var last = schedule.Window(MeasureSchedule.MaxSpanDays, TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2036, 1, 2, 0, 0, 0, TimeSpan.Zero), last.OpensAt); // 3653 days after the start
    }

    [Fact]
    public void End_StopsEveryWindow_AndCannotHappenTwice()
    {
        var schedule = MeasureSchedule.Create(OrganizationId.New(), ClientId.New(), InstrumentLibrary.Phq9, 7,
            new DateOnly(2026, 1, 1), null, UserId.New(), Now).Value;
        var inWindow = new DateTimeOffset(2026, 1, 3, 12, 0, 0, TimeSpan.Zero);
        Assert.NotNull(schedule.WindowAt(inWindow, TimeZoneInfo.Utc));
        Assert.True(schedule.End(UserId.New(), inWindow).IsSuccess);
        Assert.Null(schedule.WindowAt(inWindow, TimeZoneInfo.Utc));
        Assert.False(schedule.IsActiveOn(new DateOnly(2026, 1, 3)));
        Assert.Equal(MeasureSchedule.AlreadyEnded, schedule.End(UserId.New(), inWindow).Error!.Code);
    }
}

public sealed class AssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, 123, TimeSpan.Zero);

    private static Result<Assessment> Record(InstrumentDefinition instrument, int?[] answers, Role role = Role.Client) =>
        Assessment.Record(instrument, OrganizationId.New(), ClientId.New(), answers, UserId.New(), role, Now.AddTicks(7));

    [Fact]
    public void Record_KeepsTheScore_AndCutsTimeToMicroseconds()
    {
        var assessment = Record(InstrumentLibrary.Phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0]).Value;
        Assert.Equal(8, assessment.Total);
        Assert.Equal("mild", assessment.Severity);
        Assert.False(assessment.HasRisk);
        Assert.Equal(0, assessment.SubmittedAt.UtcTicks % 10);
        Assert.Equal(TimeSpan.Zero, assessment.SubmittedAt.Offset);
        Assert.Equal(InstrumentLibrary.Phq9.Version, assessment.InstrumentVersion);
    }

    [Fact]
    public void Record_WithItem9_CarriesTheRiskFlag()
    {
        var assessment = Record(InstrumentLibrary.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).Value;
        Assert.True(assessment.HasRisk);
        Assert.Equal(RiskTier.Elevated, Assert.Single(assessment.RiskFlags).Tier);
    }

    [Fact]
    public void Record_NamesTheItemThatIsWrong_ByItsNumber()
    {
        var result = Record(InstrumentLibrary.Gad7, [0, 0, 9, 0, 0, 0, 0]);
        Assert.Equal(Assessment.AnswersRejected, result.Error!.Code);
        Assert.Equal(3, Assert.Single(result.Error.Violations).Position); // item 3, 1-based: the application names answers[2]
    }

    [Fact]
    public void Record_WrongCount_IsAboutTheWholeList()
    {
        var result = Record(InstrumentLibrary.Gad7, [0, 0]);
        Assert.Null(Assert.Single(result.Error!.Violations).Position);
    }

    [Theory]
    [InlineData(Role.Supervisor)]
    [InlineData(Role.OrgAdmin)]
    public void Record_ByStaffWhoDoNotTreat_IsRefused(Role role) =>
        Assert.Equal(ErrorKind.Forbidden, Record(InstrumentLibrary.Gad7, [0, 0, 0, 0, 0, 0, 0], role).Error!.Kind);

    [Fact]
    public void StoredScore_ComparesLikeAFreshOne()
    {
        var first = Record(InstrumentLibrary.Phq9, [3, 3, 3, 3, 2, 2, 2, 0, 0]).Value;
        var second = Record(InstrumentLibrary.Phq9, [1, 1, 1, 0, 0, 0, 0, 0, 0]).Value;
        var change = ChangeCalculator.Compare(InstrumentLibrary.Phq9, first.Score, second.Score);
        Assert.Equal(-15, change.Total!.Difference);
        Assert.Equal(ReliableChange.Improved, change.Total.Reliable);
        Assert.True(change.Total.ClinicallySignificant);
    }
}
