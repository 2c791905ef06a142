using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>Gaps in measurement over a report's period: scheduled windows without a result, intervals between unscheduled ones.</summary>
public sealed class MeasurementGapsTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private static readonly OrganizationId Org = new(Guid.NewGuid());
    private static readonly ClientId Client = new(Guid.NewGuid());
    private static readonly UserId User = new(Guid.NewGuid());
    private static readonly DateOnly From = new(2026, 3, 2);
    private static readonly DateOnly To = new(2026, 3, 29);

    private static DateTimeOffset Start(DateOnly day) => MeasureSchedule.LocalMidnight(day, Zone);

    private static Assessment Result(InstrumentDefinition instrument, DateOnly day, int each = 1) =>
        Assessment.Record(instrument, Org, Client, [.. instrument.Items.Select(_ => (int?)each)], User, Role.Client, Start(day).AddHours(10)).Value!;

    private static MeasureSchedule Weekly(InstrumentDefinition instrument, DateOnly start) =>
        MeasureSchedule.Create(Org, Client, instrument, 7, start, null, User, Start(start)).Value!;

    private static IReadOnlyList<string> Gaps(IReadOnlyList<MeasureSchedule> schedules, IReadOnlyList<Assessment> results, DateTimeOffset now) =>
        MeasurementGaps.Build(schedules, results, From, To, Start(From), Start(To.AddDays(1)), now, Zone);

    [Fact]
    public void AWeeklySchedule_CountsTheWindowsThatClosedInThePeriod_AndListsTheMissedOnes()
    {
        var phq = InstrumentLibrary.Phq9;
        var results = new[] { Result(phq, From.AddDays(1)), Result(phq, From.AddDays(15)) };
        var lines = Gaps([Weekly(phq, From)], results, Start(To.AddDays(10)));
        Assert.Equal("PHQ-9 (every 7 days): 2 of 4 windows that closed in the period got no result (opening 2026-03-09, 2026-03-23).", lines[0]);
    }

    [Fact]
    public void AWindowStillOpen_IsNotAGap_AndEveryWindowAnswered_IsSaidSo()
    {
        var phq = InstrumentLibrary.Phq9;
        var results = new[] { Result(phq, From), Result(phq, From.AddDays(8)) };
        // Now is the 17th: the windows of the 2nd and 9th have closed; the one of the 16th is open.
        var lines = Gaps([Weekly(phq, From)], results, Start(From.AddDays(15)).AddHours(12));
        Assert.Equal("PHQ-9 (every 7 days): every window that closed in the period got a result (2 of 2).", lines[0]);
    }

    [Fact]
    public void AnEndedSchedule_MakesNoGapsAfterItsEnd()
    {
        var phq = InstrumentLibrary.Phq9;
        var schedule = Weekly(phq, From);
        Assert.True(schedule.End(User, Start(From.AddDays(14))).IsSuccess);
        var lines = Gaps([schedule], [], Start(To.AddDays(10)));
        Assert.Equal("PHQ-9 (every 7 days): 2 of 2 windows that closed in the period got no result (opening 2026-03-02, 2026-03-09).", lines[0]);
    }

    [Fact]
    public void AnUnscheduledInstrument_GetsTheLongestIntervalBetweenResults_CountingTheOneBeforeThePeriod()
    {
        var gad = InstrumentLibrary.Gad7;
        var lines = Gaps([], [Result(gad, From.AddDays(-30)), Result(gad, From.AddDays(5)), Result(gad, From.AddDays(12))], Start(To.AddDays(1)));
        Assert.Equal("GAD-7 (no schedule): 2 results in the period; the longest interval between two was 35 days (2026-01-31 to 2026-03-07).", lines[0]);
        Assert.Equal("GAD-7 (no schedule): 1 result in the period, none before it.", Gaps([], [Result(gad, From.AddDays(5))], Start(To.AddDays(1)))[0]);
    }

    [Fact]
    public void WithoutASelfCompassionMeasure_TheReportSaysSo_AndWithOneItDoesNot()
    {
        var gad = InstrumentLibrary.Gad7;
        var without = Gaps([], [Result(gad, From)], Start(To.AddDays(1)));
        Assert.Equal(ReportText.NoProcessMeasure, without[^1]);
        var with = Gaps([], [Result(gad, From), Result(InstrumentLibrary.ScsShortForm, From, each: 3)], Start(To.AddDays(1)));
        Assert.DoesNotContain(ReportText.NoProcessMeasure, with);
        Assert.Equal([ReportText.NothingScheduled, ReportText.NoProcessMeasure], Gaps([], [], Start(To.AddDays(1))));
    }
}
