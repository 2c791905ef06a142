using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class ChangeCalculatorTests
{
    private static ChangeResult Change(InstrumentDefinition d, int thenKeyed, int nowKeyed) =>
        ChangeCalculator.Compare(d, ScoreAtTotal(d, thenKeyed), ScoreAtTotal(d, nowKeyed));

    [Theory]
    [InlineData(15, 9, ReliableChange.Improved, true)] // -6, leaves caseness
    [InlineData(15, 10, ReliableChange.None, false)] // -5
    [InlineData(20, 14, ReliableChange.Improved, false)] // -6 but still a case
    [InlineData(16, 10, ReliableChange.Improved, false)] // ends exactly at the cut-off: still a case
    [InlineData(9, 15, ReliableChange.Deteriorated, true)] // +6, enters caseness
    [InlineData(9, 14, ReliableChange.None, false)] // +5
    [InlineData(0, 6, ReliableChange.Deteriorated, false)] // +6, stays below 10
    public void Phq9_ReliableChangeIsSixPoints_SignificantOnlyWhenCrossing10(int then, int now, ReliableChange expected, bool significant)
    {
        var total = Change(InstrumentLibrary.Phq9, then, now).Total!;
        Assert.Equal(now - then, total.Difference);
        Assert.Equal(expected, total.Reliable);
        Assert.Equal(significant, total.ClinicallySignificant);
        Assert.True(total.HasCriterion);
    }

    [Theory]
    [InlineData(10, 6, ReliableChange.Improved, true)]
    [InlineData(10, 7, ReliableChange.None, false)]
    [InlineData(4, 8, ReliableChange.Deteriorated, true)]
    [InlineData(3, 7, ReliableChange.Deteriorated, false)]
    public void Gad7_ReliableChangeIsFourPoints_SignificantOnlyWhenCrossing8(int then, int now, ReliableChange expected, bool significant)
    {
        var total = Change(InstrumentLibrary.Gad7, then, now).Total!;
        Assert.Equal((expected, significant), (total.Reliable, total.ClinicallySignificant));
    }

    [Theory]
    [InlineData(10, 13, ReliableChange.Improved, true)] // 40 -> 52: higher is better, leaves <= 50
    [InlineData(13, 10, ReliableChange.Deteriorated, true)] // 52 -> 40
    [InlineData(10, 12, ReliableChange.None, false)] // 40 -> 48: +8
    [InlineData(2, 5, ReliableChange.Improved, false)] // 8 -> 20: still <= 50
    [InlineData(15, 20, ReliableChange.Improved, false)] // 60 -> 80: never a case
    public void Who5_HigherIsBetter_TenPointChange(int thenRaw, int nowRaw, ReliableChange expected, bool significant)
    {
        var total = Change(InstrumentLibrary.Who5, thenRaw, nowRaw).Total!;
        Assert.Equal((nowRaw - thenRaw) * 4m, total.Difference);
        Assert.Equal((expected, significant), (total.Reliable, total.ClinicallySignificant));
    }

    [Theory]
    // PSS-10: S_diff^2 = 2 * 6.35^2 * 0.22 = 17.74190; 1.96 * S_diff = 8.2556 points
    [InlineData(20, 12, ReliableChange.None)]
    [InlineData(20, 11, ReliableChange.Improved)]
    [InlineData(12, 20, ReliableChange.None)]
    [InlineData(11, 20, ReliableChange.Deteriorated)]
    public void Pss10_JacobsonTruax_ThresholdIs8Point26Points(int then, int now, ReliableChange expected)
    {
        var total = Change(InstrumentLibrary.Pss10, then, now).Total!;
        Assert.Equal(expected, total.Reliable);
        Assert.False(total.ClinicallySignificant); // no caseness cut-off
    }

    [Theory]
    // SCS-SF: S_diff^2 = 2 * 0.36 * 0.14 = 0.1008; 1.96 * S_diff = 0.6223 on the mean (7.47 points on the 12-item sum)
    [InlineData(30, 37, ReliableChange.None)] // +7/12 = 0.583
    [InlineData(30, 38, ReliableChange.Improved)] // +8/12 = 0.667, higher is better
    [InlineData(38, 30, ReliableChange.Deteriorated)]
    public void ScsSf_JacobsonTruax_HigherIsBetter(int thenSum, int nowSum, ReliableChange expected) =>
        Assert.Equal(expected, Change(InstrumentLibrary.ScsShortForm, thenSum, nowSum).Total!.Reliable);

    [Fact]
    public void JacobsonTruax_ExactlyAtThreshold_IsNotReliable()
    {
        // SD 10, r 0.5: S_diff^2 = 100, threshold |diff| > 1.96 * 10 = 19.6
        var c = new JacobsonTruaxCriterion(10, 0.5m, "test", true) { Kind = ReliabilityKind.TestRetest };
        Assert.False(c.IsReliable(19.6m));
        Assert.True(c.IsReliable(19.61m));
        Assert.True(c.IsReliable(-19.61m));
        Assert.Equal(19.6, c.ApproximateThreshold, 6);
    }

    [Fact]
    public void FixedPoints_ExactlyAtThreshold_IsReliable()
    {
        var c = new FixedPointsCriterion(6, "test", Verified: true);
        Assert.True(c.IsReliable(-6));
        Assert.False(c.IsReliable(5.99m));
    }

    [Fact]
    public void Cbi_HasNoTotalChange_ButEachScaleIsJudged()
    {
        var cbi = InstrumentLibrary.Cbi;
        int?[] Answers(int personal) => [.. Repeat(personal, 6), 0, 0, 0, 0, 0, 0, 100, .. Repeat(0, 6)];
        var then = ScoreOk(cbi, Answers(25));
        var now = ScoreOk(cbi, Answers(50));
        var change = ChangeCalculator.Compare(cbi, then, now);

        Assert.Null(change.Total);
        var personal = change.Subscales["personal"];
        Assert.Equal(25m, personal.Difference);
        Assert.Equal(ReliableChange.Deteriorated, personal.Reliable); // 25 > 1.96 * sqrt(2 * 17^2 * 0.13) = 16.99
        Assert.False(personal.ClinicallySignificant); // the CBI has no clinical cut-off: never clinically significant
        Assert.False(personal.CriterionVerified); // its figures rest on internal consistency and a placeholder SD
        Assert.Equal(ReliableChange.None, personal.Claimable);
        Assert.Equal(ReliableChange.None, change.Subscales["workRelated"].Reliable);
    }

    [Fact]
    public void Cbi_ScaleNotScoredAtOneTime_IsLeftOutOfChange()
    {
        var cbi = InstrumentLibrary.Cbi;
        var then = ScoreOk(cbi, [.. Repeat(50, 6), .. new int?[7], .. new int?[6]]);
        var now = ScoreOk(cbi, [.. Repeat(25, 6), .. Repeat(25, 7), .. new int?[6]]);
        var change = ChangeCalculator.Compare(cbi, then, now);
        Assert.Equal(["personal"], change.Subscales.Keys);
    }

    [Fact]
    public void Phq4_HasNoReliableChangeCriterion()
    {
        var change = Change(InstrumentLibrary.Phq4, 12, 0);
        Assert.Equal(-12m, change.Total!.Difference);
        Assert.Equal(ReliableChange.None, change.Total.Reliable);
        Assert.False(change.Total.HasCriterion);
        Assert.False(change.Subscales["anxiety"].HasCriterion);
    }

    [Fact]
    public void Cssrs_HasNoTotalChange()
    {
        var d = InstrumentLibrary.CssrsScreener;
        var a = ScoreOk(d, 0, 0, null, null, null, 0, null);
        Assert.Null(ChangeCalculator.Compare(d, a, a).Total);
    }

    [Fact]
    public void Compare_ResultsOfAnotherInstrument_Throws()
    {
        var phq = ScoreAtTotal(InstrumentLibrary.Phq9, 10);
        var gad = ScoreAtTotal(InstrumentLibrary.Gad7, 10);
        Assert.Throws<ArgumentException>(() => ChangeCalculator.Compare(InstrumentLibrary.Phq9, phq, gad));
    }
}
