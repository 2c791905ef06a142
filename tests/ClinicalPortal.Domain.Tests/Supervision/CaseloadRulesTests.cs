using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Domain.Tests.Supervision;

/// <summary>Each supervision flag rule at its edges, on stored scores, with the instruments' own criteria.</summary>
public sealed class CaseloadRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyDictionary<string, decimal?> None = new Dictionary<string, decimal?>();

    private static ScorePoint Total(decimal total, int daysAgo) => new(Now.AddDays(-daysAgo), total, None);

    private static ScorePoint Cbi(int daysAgo, decimal personal, decimal workRelated = 20, decimal clientRelated = 20) =>
        new(Now.AddDays(-daysAgo), null, new Dictionary<string, decimal?> { ["personal"] = personal, ["workRelated"] = workRelated, ["clientRelated"] = clientRelated });

    private static MeasureHistory History(
        InstrumentDefinition instrument, ScorePoint first, ScorePoint latest, ScorePoint? previous = null, ScorePoint? atWindowStart = null, int results = 3,
        ScorePoint? beforePrevious = null) =>
        new(instrument, results, first, latest, previous, atWindowStart, beforePrevious);

    [Theory]
    [InlineData(8, 14, true)] // +6: the PHQ-9 criterion is 6 points
    [InlineData(8, 13, false)] // +5
    [InlineData(14, 8, false)] // improvement
    public void Deterioration_IsJudgedAgainstWhereTheClientStoodSixtyDaysAgo(int then, int now, bool flagged)
    {
        var history = History(InstrumentLibrary.Phq9, Total(12, 200), Total(now, 3), atWindowStart: Total(then, 61));

        var findings = CaseloadRules.Deterioration(history, Now).ToList();

        Assert.Equal(flagged, findings.Count == 1);
        if (flagged)
        {
            var finding = findings[0];
            Assert.Equal((CaseloadFlag.Deterioration, "PHQ-9", null, 8m, 14m), (finding.Flag, finding.Instrument, finding.Scale, finding.From, finding.To));
            Assert.Equal(Now.AddDays(-3), finding.At);
            Assert.Equal(Now.AddDays(-61), finding.Since);
        }
    }

    [Fact]
    public void Deterioration_NeedsTheLatestResultInsideTheWindow()
    {
        var justOutside = History(InstrumentLibrary.Phq9, Total(5, 300), Total(20, CaseloadRules.DeteriorationWindowDays), atWindowStart: Total(20, CaseloadRules.DeteriorationWindowDays));
        var justInside = History(InstrumentLibrary.Phq9, Total(5, 300), new ScorePoint(Now.AddDays(-CaseloadRules.DeteriorationWindowDays).AddMinutes(1), 20, None), atWindowStart: Total(5, 70));

        Assert.Empty(CaseloadRules.Deterioration(justOutside, Now));
        Assert.Single(CaseloadRules.Deterioration(justInside, Now));
    }

    [Fact]
    public void Deterioration_OfAClientWhoBeganInsideTheWindow_IsAgainstTheFirstResult_AndOneResultFlagsNothing()
    {
        Assert.Single(CaseloadRules.Deterioration(History(InstrumentLibrary.Phq9, Total(10, 30), Total(16, 2), results: 2), Now));
        var only = Total(24, 2);
        Assert.Empty(CaseloadRules.Deterioration(History(InstrumentLibrary.Phq9, only, only, results: 1), Now));
    }

    [Theory]
    [InlineData(40, 57, true)] // +17: 17^2 = 289 > 1.96^2 * 2 * 17^2 * (1 - 0.87) = 288.66
    [InlineData(40, 56.9, false)]
    public void Deterioration_OnACbiScale_UsesThatScalesJacobsonTruaxCriterion(decimal then, decimal now, bool flagged)
    {
        var history = History(InstrumentLibrary.Cbi, Cbi(200, 30), Cbi(5, 30, workRelated: now), atWindowStart: Cbi(65, 30, workRelated: then));

        var findings = CaseloadRules.Deterioration(history, Now).ToList();

        Assert.Equal(flagged ? ["workRelated"] : Array.Empty<string>(), findings.Select(f => f.Scale));
    }

    [Theory]
    [InlineData(57, true)]
    [InlineData(56, true)] // eight weeks to the day
    [InlineData(55, false)]
    public void NotImproving_AfterEightWeeksWithoutReliableImprovement(int daysSinceFirst, bool flagged)
    {
        var phq9 = History(InstrumentLibrary.Phq9, Total(15, daysSinceFirst), Total(12, 1));

        var finding = CaseloadRules.NotImproving([phq9], Now);

        Assert.Equal(flagged, finding is not null);
        if (finding is not null)
        {
            Assert.Equal((CaseloadFlag.NotImproving, "PHQ-9", 15m, 12m), (finding.Flag, finding.Instrument, finding.From, finding.To));
            Assert.Equal(Now.AddDays(-daysSinceFirst), finding.Since);
        }
    }

    [Fact]
    public void NotImproving_IsClearedByReliableImprovementOnAnyInstrument()
    {
        var phq9 = History(InstrumentLibrary.Phq9, Total(15, 90), Total(12, 1));
        var gad7Improved = History(InstrumentLibrary.Gad7, Total(12, 90), Total(8, 1)); // -4: the GAD-7 criterion
        var gad7Not = History(InstrumentLibrary.Gad7, Total(12, 90), Total(9, 1));
        var phq9Improved = History(InstrumentLibrary.Phq9, Total(15, 90), Total(9, 1));

        Assert.Null(CaseloadRules.NotImproving([phq9, gad7Improved], Now));
        Assert.NotNull(CaseloadRules.NotImproving([phq9, gad7Not], Now));
        Assert.Null(CaseloadRules.NotImproving([phq9Improved], Now));
        Assert.Null(CaseloadRules.NotImproving([], Now));
    }

    [Fact]
    public void NotImproving_NeedsTwoResults_ASingleResultAfterEightWeeksIsNotJudged()
    {
        var only = Total(18, 70);
        Assert.Null(CaseloadRules.NotImproving([History(InstrumentLibrary.Phq9, only, only, results: 1)], Now));
        Assert.NotNull(CaseloadRules.NotImproving([History(InstrumentLibrary.Phq9, only, Total(17, 1), results: 2)], Now));
    }

    [Theory]
    [InlineData(9, false)] // PHQ-9 caseness is >= 10: a start at 9 is below the clinical range
    [InlineData(10, true)]
    public void NotImproving_NeedsABaselineInTheClinicalRange(int baseline, bool flagged) =>
        Assert.Equal(flagged, CaseloadRules.NotImproving([History(InstrumentLibrary.Phq9, Total(baseline, 90), Total(baseline, 1))], Now) is not null);

    [Theory]
    [InlineData(7, false)] // GAD-7 caseness is >= 8
    [InlineData(8, true)]
    public void NotImproving_Gad7BaselineEdge(int baseline, bool flagged) =>
        Assert.Equal(flagged, CaseloadRules.NotImproving([History(InstrumentLibrary.Gad7, Total(baseline, 90), Total(baseline, 1))], Now) is not null);

    [Fact]
    public void NotImproving_IsNotJudgedOnUnverifiedFiguresOrWithoutACutOff()
    {
        // WHO-5 20 is in its clinical range (<= 50), but its 10-point figure is unverified; K10 and the CBI have no cut-off.
        Assert.Null(CaseloadRules.NotImproving([History(InstrumentLibrary.Who5, Total(20, 90), Total(24, 1))], Now));
        Assert.Null(CaseloadRules.NotImproving([History(InstrumentLibrary.K10, Total(35, 90), Total(35, 1))], Now));
        Assert.Null(CaseloadRules.NotImproving([History(InstrumentLibrary.Cbi, Cbi(90, 80), Cbi(1, 80))], Now));
    }

    [Theory]
    [InlineData(40, 57, null, true, false)] // +17 beyond the personal scale's figure (16.99): flagged, the figure unverified
    [InlineData(40, 56.9, null, false, null)] // +16.9, a single rise within the figure: everyday variation
    [InlineData(45, 50, 40.0, true, null)] // 40 -> 45 -> 50: two rises in a row, at 50
    [InlineData(45, 50, 45.0, false, null)] // 45 -> 45 -> 50: one rise
    [InlineData(45, 49.9, 40.0, false, null)] // sustained but under 50 (the PUMA study's "low")
    [InlineData(55, 55, 50.0, false, null)] // moderate but not rising
    [InlineData(60, 55, 50.0, false, null)]
    public void BurnoutRising_NeedsAReliableOrSustainedRiseToFiftyOrMore(
        decimal previous, decimal latest, double? beforePrevious, bool flagged, bool? verified)
    {
        var history = History(InstrumentLibrary.Cbi, Cbi(200, 10), Cbi(1, latest), previous: Cbi(30, previous),
            beforePrevious: beforePrevious is { } b ? Cbi(60, (decimal)b) : null);

        var findings = CaseloadRules.BurnoutRising(history).ToList();

        Assert.Equal(flagged ? ["personal"] : Array.Empty<string>(), findings.Select(f => f.Scale));
        if (flagged)
        {
            var finding = findings[0];
            Assert.Equal((previous, latest), (finding.From!.Value, finding.To!.Value));
            Assert.Equal(verified, finding.CriterionVerified);
            Assert.Equal(beforePrevious is { } e && (decimal)e < previous ? (decimal)e : null, finding.Earlier);
        }
    }

    [Fact]
    public void AlertWithoutSafetyPlan_OneFindingAtTheEarliestOpenAlert_WithTheHighestTier()
    {
        var alerts = new[]
        {
            (AlertStatus.Open, RiskTier.Elevated, Now.AddDays(-2)),
            (AlertStatus.Acknowledged, RiskTier.High, Now.AddDays(-1)),
            (AlertStatus.Resolved, RiskTier.Imminent, Now.AddDays(-5)),
        };

        var finding = CaseloadRules.AlertWithoutSafetyPlan(alerts, safetyPlanOnFile: false);

        Assert.Equal((CaseloadFlag.AlertWithoutSafetyPlan, Now.AddDays(-2), RiskTier.High), (finding!.Flag, finding.At, finding.Tier));
        Assert.Null(CaseloadRules.AlertWithoutSafetyPlan(alerts, safetyPlanOnFile: true));
        Assert.Null(CaseloadRules.AlertWithoutSafetyPlan([(AlertStatus.Resolved, RiskTier.High, Now)], safetyPlanOnFile: false));
        Assert.Null(CaseloadRules.AlertWithoutSafetyPlan([], safetyPlanOnFile: false));
    }

    [Theory]
    [InlineData(null, true)] // never answered
    [InlineData(-1, true)] // answered only before the window opened (minutes from its opening)
    [InlineData(0, false)] // answered as it opened
    [InlineData(60 * 24 * 8, false)] // answered late, after it closed: no longer overdue
    public void MeasureOverdue_WhenTheLastClosedWindowGotNoResultFromItsOpening(int? answeredMinutesAfterOpening, bool flagged)
    {
        var window = new AdministrationWindow(2, Now.AddDays(-14), Now.AddDays(-7));
        var latest = answeredMinutesAfterOpening is { } m ? window.OpensAt.AddMinutes(m) : (DateTimeOffset?)null;

        var finding = CaseloadRules.MeasureOverdue("PHQ-9", window, latest);

        Assert.Equal(flagged, finding is not null);
        if (finding is not null)
        {
            Assert.Equal((CaseloadFlag.MeasuresOverdue, "PHQ-9", window.ClosesAt, window.OpensAt), (finding.Flag, finding.Instrument, finding.At, finding.Since));
        }
    }

    [Fact]
    public void MeasureOverdue_NothingBeforeAWindowHasClosed() => Assert.Null(CaseloadRules.MeasureOverdue("PHQ-9", null, null));

    [Theory]
    [InlineData(1, 13, RiskTier.Elevated)]
    [InlineData(2, 13, RiskTier.High)]
    [InlineData(3, 1, RiskTier.High)]
    [InlineData(1, 14, null)] // fourteen days ago to the minute: outside the window
    [InlineData(0, 1, null)] // "not at all"
    public void Item9Positive_InTheLastFourteenDays(int answer, int daysAgo, RiskTier? tier)
    {
        var finding = CaseloadRules.Item9Positive([(Now.AddDays(-daysAgo), answer)], Now);

        Assert.Equal(tier, finding?.Tier);
        if (finding is not null)
        {
            Assert.Equal((CaseloadFlag.Item9Positive, "PHQ-9", Now.AddDays(-daysAgo)), (finding.Flag, finding.Instrument, finding.At));
        }
    }

    [Fact]
    public void Item9Positive_TakesTheLatestAnswerAndTheHighestTierOfTheWindow()
    {
        var finding = CaseloadRules.Item9Positive([(Now.AddDays(-10), 3), (Now.AddDays(-2), 1), (Now.AddDays(-20), 3)], Now);

        Assert.Equal((Now.AddDays(-2), RiskTier.High), (finding!.At, finding.Tier));
    }

    [Fact]
    public void BurnoutRising_NeedsAPreviousCbi_AndReadsNoOtherInstrument()
    {
        Assert.Empty(CaseloadRules.BurnoutRising(History(InstrumentLibrary.Cbi, Cbi(1, 80), Cbi(1, 80), results: 1)));
        Assert.Empty(CaseloadRules.BurnoutRising(History(InstrumentLibrary.Phq9, Total(5, 30), Total(60, 1), previous: Total(5, 30))));
    }

    [Theory]
    [InlineData(10, 2, true)]
    [InlineData(10, 3, false)] // 30 % exactly is not under 30 %
    [InlineData(1, 0, true)]
    [InlineData(0, 0, false)] // nothing due
    public void HomeworkOverdue_UnderThirtyPercentOfWhatWasDue(int due, int done, bool flagged)
    {
        var finding = CaseloadRules.HomeworkOverdue(due, done);

        Assert.Equal(flagged, finding is not null);
        Assert.True(finding is null || (finding.Due, finding.Done) == (due, done));
    }

    [Theory]
    [InlineData(AlertStatus.Open, 0, 5, "alert_open")] // deadline in 5 minutes
    [InlineData(AlertStatus.Open, 0, 0, "alert_open alert_late")] // deadline now, not yet fired
    [InlineData(AlertStatus.Open, 1, 30, "alert_open alert_late")] // escalated (the deadline of a reopened alert lies ahead)
    [InlineData(AlertStatus.Acknowledged, 2, -30, "alert_open")] // acknowledged late: no longer waiting
    [InlineData(AlertStatus.Resolved, 0, -30, "")]
    public void Alerts_AreOpenUntilResolved_AndLateWhileUnacknowledgedPastTheDeadline(AlertStatus status, int level, int deadlineInMinutes, string expected)
    {
        var findings = CaseloadRules.Alert(status, RiskTier.High, level, Now.AddHours(-1), Now.AddMinutes(deadlineInMinutes), Now).ToList();

        Assert.Equal(expected, string.Join(' ', findings.Select(f => CaseloadFlags.Code(f.Flag))));
        Assert.All(findings, f => Assert.Equal(RiskTier.High, f.Tier));
    }

    [Fact]
    public void ResultHistory_JudgesEachResultAsOfItsOwnDay()
    {
        // PHQ-9: 8, then 15 a week later (reliably worse than the first), then 9, then 16 ninety days on (worse than
        // where the client stood sixty days before it: 9).
        var phq9 = new[] { Total(8, 200), Total(15, 193), Total(9, 150), Total(16, 60) };
        var cbi = new[] { Cbi(100, 40), Cbi(70, 60), Cbi(40, 55) };

        var history = CaseloadRules.ResultHistory([(InstrumentLibrary.Phq9, phq9), (InstrumentLibrary.Cbi, cbi)]);

        var deteriorations = history.Where(f => f.Flag == CaseloadFlag.Deterioration && f.Instrument == "PHQ-9").ToList();
        Assert.Equal([(8m, 15m), (9m, 16m)], deteriorations.Select(f => (f.From!.Value, f.To!.Value)));
        Assert.Equal([Now.AddDays(-193), Now.AddDays(-60)], deteriorations.Select(f => f.At!.Value));
        var burnout = Assert.Single(history, f => f.Flag == CaseloadFlag.BurnoutRising);
        Assert.Equal((40m, 60m, Now.AddDays(-70)), (burnout.From!.Value, burnout.To!.Value, burnout.At!.Value));
        Assert.Equal(history.OrderBy(f => f.At).ToList(), history);
    }

    [Fact]
    public void ResultHistory_RecordsNotImproving_WhereItBegins_NotAtEveryResult()
    {
        var phq9 = Enumerable.Range(0, 12).Select(w => Total(14, 84 - 7 * w)).ToArray(); // flat for twelve weeks

        var history = CaseloadRules.ResultHistory([(InstrumentLibrary.Phq9, phq9)]);

        var notImproving = Assert.Single(history, f => f.Flag == CaseloadFlag.NotImproving);
        Assert.Equal(Now.AddDays(-84 + 56), notImproving.At); // the result eight weeks after the first
    }

    [Theory]
    [InlineData(10, "alert_open")] // acknowledged within the deadline (15 minutes after raising; deadline 30)
    [InlineData(45, "alert_open alert_late")] // acknowledged after it
    [InlineData(null, "alert_open alert_late")] // never acknowledged, deadline passed
    public void AlertHistory_IsLateWhenNobodyAcknowledgedByTheFirstDeadline(int? acknowledgedAfterMinutes, string expected)
    {
        var raised = Now.AddDays(-3);
        var acknowledged = acknowledgedAfterMinutes is { } m ? raised.AddMinutes(m) : (DateTimeOffset?)null;

        var findings = CaseloadRules.AlertHistory(RiskTier.Imminent, raised, raised.AddMinutes(30), acknowledged, Now);

        Assert.Equal(expected, string.Join(' ', findings.Select(f => CaseloadFlags.Code(f.Flag))));
    }

    [Fact]
    public void EveryFlag_HasOneStableCode_ThatParsesBack()
    {
        foreach (var flag in Enum.GetValues<CaseloadFlag>())
        {
            Assert.Equal(flag, CaseloadFlags.Parse(CaseloadFlags.Code(flag)));
        }

        Assert.Null(CaseloadFlags.Parse("Deterioration"));
        Assert.Null(CaseloadFlags.Parse(null));
    }
}
