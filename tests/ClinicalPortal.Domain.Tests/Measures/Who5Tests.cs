using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class Who5Tests
{
    private static readonly InstrumentDefinition Who5 = InstrumentLibrary.Who5;

    [Fact]
    public void Who5_Floor_Is0LikelyDepressionAndCase()
    {
        var r = ScoreOk(Who5, Repeat(0, 5));
        Assert.Equal((0m, "likely depression", true), (r.Total!.Value, r.Severity, r.Caseness));
    }

    [Fact]
    public void Who5_Ceiling_IsRawSumTimes4Equals100()
    {
        var r = ScoreOk(Who5, Repeat(5, 5));
        Assert.Equal(100m, r.Total);
        Assert.Equal("adequate well-being", r.Severity);
        Assert.False(r.Caseness);
    }

    [Theory]
    [InlineData(7, 28, "likely depression", true)]
    [InlineData(8, 32, "poor well-being", true)]
    [InlineData(12, 48, "poor well-being", true)]
    [InlineData(13, 52, "adequate well-being", false)]
    public void Who5_BandAndCasenessEdges(int rawSum, int total, string label, bool caseness)
    {
        var r = ScoreAtTotal(Who5, rawSum);
        Assert.Equal(total, r.Total);
        Assert.Equal(label, r.Severity);
        Assert.Equal(caseness, r.Caseness);
    }

    [Fact]
    public void Who5_MissingCountAndRange_AreRefused()
    {
        Assert.Equal(AnswerError.MissingAnswer, Assert.Single(ScoreFails(Who5, 1, 1, 1, 1, null)).Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Who5, 1, 1, 1, 1)).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(Who5, 6, 1, 1, 1, 1)).Code);
    }

    [Fact]
    public void Who5_HigherIsBetterWith10PointChange()
    {
        Assert.True(Who5.HigherIsBetter);
        Assert.Equal(10m, Assert.IsType<FixedPointsCriterion>(Who5.ReliableChange).Points);
    }
}
