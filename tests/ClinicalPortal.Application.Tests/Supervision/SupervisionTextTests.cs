using ClinicalPortal.Application.Supervision;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Tests.Supervision;

/// <summary>The supervisor's words for each finding: a change judged by an unverified figure is never called reliable.</summary>
public sealed class SupervisionTextTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deterioration_OnAVerifiedFigure_IsReliable_OnAnUnverifiedOne_IsTheChangeAlone()
    {
        var phq9 = new CaseloadFinding(CaseloadFlag.Deterioration, "PHQ-9", null, 8, 15, At, At.AddDays(-30), CriterionVerified: true);
        var k10 = new CaseloadFinding(CaseloadFlag.Deterioration, "K10", null, 20, 30, At, At.AddDays(-30), CriterionVerified: false);

        Assert.Equal("PHQ-9 deteriorated reliably: 8 -> 15 on 2026-11-28", SupervisionText.Reason(phq9, Utc));
        var words = SupervisionText.Reason(k10, Utc);
        Assert.Equal($"K10 worse by 10: 20 -> 30 on 2026-11-28 ({SupervisionText.UnverifiedFigure})", words);
        Assert.DoesNotContain("reliably", words, StringComparison.Ordinal);
    }

    [Fact]
    public void BurnoutRising_SaysWhatMadeTheRiseCount_InThePumaCategories()
    {
        var sustained = new CaseloadFinding(CaseloadFlag.BurnoutRising, "CBI", "personal", 55, 62.5m, At, At.AddDays(-30), Earlier: 40);
        var beyond = new CaseloadFinding(CaseloadFlag.BurnoutRising, "CBI", "workRelated", 50, 80, At, At.AddDays(-30), CriterionVerified: false);

        Assert.Equal("CBI personal burnout rose at two results in a row, to 62.5 (moderate): 40 -> 55 -> 62.5 on 2026-11-28",
            SupervisionText.Reason(sustained, Utc));
        Assert.Equal(
            $"CBI work-related burnout rose to 80 (high), by more than the scale's reliable-change figure: 50 -> 80 on 2026-11-28 ({SupervisionText.UnverifiedFigure})",
            SupervisionText.Reason(beyond, Utc));
        Assert.DoesNotContain("clinical", SupervisionText.Reason(beyond, Utc), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheNewFlags_AreSaidInPlainWords()
    {
        Assert.Equal("Crisis alert (High) open since 2026-11-28 12:00 and no safety plan on file",
            SupervisionText.Reason(new CaseloadFinding(CaseloadFlag.AlertWithoutSafetyPlan, At: At, Tier: RiskTier.High), Utc));
        Assert.Equal("PHQ-9 overdue: nothing answered in the window from 2026-11-14 to 2026-11-20",
            SupervisionText.Reason(new CaseloadFinding(CaseloadFlag.MeasuresOverdue, "PHQ-9", At: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
                Since: new DateTimeOffset(2026, 11, 14, 0, 0, 0, TimeSpan.Zero)), Utc));
        Assert.Equal(
            "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above \"not at all\" on 2026-11-28 (high): in the last 14 days",
            SupervisionText.Reason(new CaseloadFinding(CaseloadFlag.Item9Positive, "PHQ-9", At: At, Tier: RiskTier.High), Utc));
    }
}
