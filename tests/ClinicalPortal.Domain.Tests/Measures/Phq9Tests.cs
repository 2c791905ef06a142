using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class Phq9Tests
{
    private static readonly InstrumentDefinition Phq9 = InstrumentLibrary.Phq9;

    [Fact]
    public void Phq9_AllZero_IsFloorMinimalNoCaseNoFlags()
    {
        var r = ScoreOk(Phq9, Repeat(0, 9));
        Assert.Equal(0m, r.Total);
        Assert.Equal("minimal", r.Severity);
        Assert.False(r.Caseness);
        Assert.Empty(r.RiskFlags);
        Assert.Null(r.HighestRiskTier);
    }

    [Fact]
    public void Phq9_AllThree_IsCeiling27Severe()
    {
        var r = ScoreOk(Phq9, Repeat(3, 9));
        Assert.Equal(27m, r.Total);
        Assert.Equal("severe", r.Severity);
        Assert.True(r.Caseness);
    }

    [Fact]
    public void Phq9_Total20_IsSevere()
    {
        // 3+3+3+3+3+3+2+0+0 = 20 with item 9 = 0
        var r = ScoreOk(Phq9, 3, 3, 3, 3, 3, 3, 2, 0, 0);
        Assert.Equal(20m, r.Total);
        Assert.Equal("severe", r.Severity);
    }

    [Theory]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "moderately severe")]
    [InlineData(19, "moderately severe")]
    [InlineData(20, "severe")]
    public void Phq9_BandEdges_HaveTheClinicalLabels(int total, string label)
    {
        var r = ScoreAtTotal(Phq9, total);
        Assert.Equal(total, r.Total);
        Assert.Equal(label, r.Severity);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Phq9_Caseness_StartsAt10(int total, bool expected) =>
        Assert.Equal(expected, ScoreAtTotal(Phq9, total).Caseness);

    [Fact]
    public void Phq9_Total_IsSumOfItems()
    {
        var r = ScoreOk(Phq9, 0, 1, 2, 3, 0, 1, 2, 3, 0);
        Assert.Equal(12m, r.Total);
        Assert.Empty(r.Subscales);
    }

    [Fact]
    public void Phq9_MissingItem_IsRefusedNotCountedAsZero()
    {
        var errors = ScoreFails(Phq9, 1, 1, null, 1, 1, 1, 1, 1, 0);
        var e = Assert.Single(errors);
        Assert.Equal(3, e.ItemNumber);
        Assert.Equal(AnswerError.MissingAnswer, e.Code);
    }

    [Fact]
    public void Phq9_EveryMissingItem_IsReported()
    {
        var errors = ScoreFails(Phq9, null, 1, null, 1, 1, 1, 1, 1, null);
        Assert.Equal([1, 3, 9], errors.Select(e => e.ItemNumber!.Value));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(0)]
    public void Phq9_WrongAnswerCount_IsRefused(int count)
    {
        var e = Assert.Single(ScoreFails(Phq9, Repeat(1, count)));
        Assert.Equal(AnswerError.WrongAnswerCount, e.Code);
        Assert.Null(e.ItemNumber);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void Phq9_ValueOutsideOptions_IsRefused(int value)
    {
        var e = Assert.Single(ScoreFails(Phq9, 0, 0, 0, 0, value, 0, 0, 0, 0));
        Assert.Equal(5, e.ItemNumber);
        Assert.Equal(AnswerError.ValueNotAnOption, e.Code);
    }

    [Fact]
    public void Phq9_Item9Zero_RaisesNoFlag() =>
        Assert.Empty(ScoreOk(Phq9, 3, 3, 3, 3, 3, 3, 3, 3, 0).RiskFlags);

    [Fact]
    public void Phq9_Item9One_RaisesElevatedFlag()
    {
        var flag = Assert.Single(ScoreOk(Phq9, 0, 0, 0, 0, 0, 0, 0, 0, 1).RiskFlags);
        Assert.Equal("PHQ9_ITEM9", flag.Code);
        Assert.Equal(RiskTier.Elevated, flag.Tier);
        Assert.Equal(9, flag.ItemNumber);
        Assert.False(string.IsNullOrWhiteSpace(flag.Reason));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Phq9_Item9TwoOrThree_RaisesHighFlag(int value)
    {
        var r = ScoreOk(Phq9, 0, 0, 0, 0, 0, 0, 0, 0, value);
        var flag = Assert.Single(r.RiskFlags);
        Assert.Equal(RiskTier.High, flag.Tier);
        Assert.Equal(RiskTier.High, r.HighestRiskTier);
    }

    [Fact]
    public void Phq9_Definition_CarriesLoincAndFixedReliableChange()
    {
        Assert.Equal("44249-1", Phq9.LoincPanelCode);
        Assert.Equal("44261-6", Phq9.LoincTotalCode);
        Assert.Equal("44260-8", Phq9.Item(9).LoincCode);
        Assert.Equal("LA6571-9", Phq9.Item(1).Options.Single(o => o.Value == 3).Code);
        var rc = Assert.IsType<FixedPointsCriterion>(Phq9.ReliableChange);
        Assert.Equal(6m, rc.Points);
        Assert.False(Phq9.HigherIsBetter);
        Assert.True(Phq9.Licence.FreeToUse);
    }
}
