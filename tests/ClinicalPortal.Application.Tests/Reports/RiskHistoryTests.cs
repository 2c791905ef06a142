using ClinicalPortal.Application.Reports;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>The care team's history of PHQ-9 item 9 and C-SSRS screens, read from stored results and their risk flags.</summary>
public sealed class RiskHistoryTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly OrganizationId Org = new(Guid.NewGuid());
    private static readonly ClientId Client = new(Guid.NewGuid());
    private static readonly UserId User = new(Guid.NewGuid());
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static Assessment Phq9(int item9, DateOnly day) =>
        Assessment.Record(InstrumentLibrary.Phq9, Org, Client, [1, 1, 1, 1, 1, 1, 1, 1, item9], User, Role.Client, Noon(day)).Value!;

    private static Assessment Screen(int?[] answers, DateOnly day) =>
        Assessment.Record(InstrumentLibrary.All.Single(i => i.Code == FollowUpScreen.Screener), Org, Client, answers, User, Role.Client, Noon(day)).Value!;

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void EveryItem9Answer_AndEveryScreen_OfThePeriod_IsListed_WithTheTierOfItsFlags()
    {
        var results = new[]
        {
            Phq9(0, From.AddDays(2)),
            Phq9(2, From.AddDays(9)),
            Screen([1, 1, 1, 0, 0, 0, null], From.AddDays(9)),
            Screen([0, 0, null, null, null, 0, null], From.AddDays(20)),
            Assessment.Record(InstrumentLibrary.Gad7, Org, Client, [1, 1, 1, 1, 1, 1, 1], User, Role.Client, Noon(From.AddDays(3))).Value!,
        };

        var (rows, earlier) = RiskHistory.Build(results, From, To, London, showAnswers: true);

        Assert.Null(earlier);
        Assert.Equal(4, rows.Count);
        Assert.Equal(new RiskHistoryRow(From.AddDays(2), "PHQ-9 item 9", "Not at all (0)", "none"), rows[0]);
        Assert.Equal(new RiskHistoryRow(From.AddDays(9), "PHQ-9 item 9", "More than half the days (2)", "high"), rows[1]);
        Assert.Equal("C-SSRS screen", rows[2].Measure);
        Assert.Equal("high", rows[2].Tier); // question 3 (method) is high; 1 and 2 elevated
        Assert.StartsWith("C-SSRS: thoughts about how to end one's life in the past month.", rows[2].Result, StringComparison.Ordinal);
        Assert.Equal(new RiskHistoryRow(From.AddDays(20), "C-SSRS screen", "no to every question asked", "none"), rows[3]);
    }

    [Fact]
    public void AReaderWhoSeesNoItemAnswers_GetsPositiveOrNot_AndTheTier()
    {
        var (rows, _) = RiskHistory.Build([Phq9(1, From), Screen([1, 0, null, null, null, 0, null], From.AddDays(1)), Phq9(0, From.AddDays(2))],
            From, To, London, showAnswers: false);
        Assert.Equal(["positive", "positive", "not positive"], rows.Select(r => r.Result));
        Assert.Equal(["elevated", "elevated", "none"], rows.Select(r => r.Tier));
    }

    [Fact]
    public void PositivesBeforeThePeriod_AreCounted_WithTheLatestDate_AndLaterOnesLeftOut()
    {
        var (rows, earlier) = RiskHistory.Build(
            [Phq9(1, From.AddDays(-40)), Phq9(0, From.AddDays(-20)), Screen([1, 0, null, null, null, 0, null], From.AddDays(-10)), Phq9(3, To.AddDays(1))],
            From, To, London, showAnswers: true);
        Assert.Empty(rows);
        Assert.Equal("Before this period: 2 positive PHQ-9 item 9 answers or C-SSRS screens, the latest on 2026-02-19.", earlier);
    }
}
