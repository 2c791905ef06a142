using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class Gad7Tests
{
    private static readonly InstrumentDefinition Gad7 = InstrumentLibrary.Gad7;

    [Fact]
    public void Gad7_FloorAndCeiling_Are0And21()
    {
        Assert.Equal(0m, ScoreOk(Gad7, Repeat(0, 7)).Total);
        var top = ScoreOk(Gad7, Repeat(3, 7));
        Assert.Equal(21m, top.Total);
        Assert.Equal("severe", top.Severity);
    }

    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public void Gad7_BandEdges_HaveTheClinicalLabels(int total, string label) =>
        Assert.Equal(label, ScoreAtTotal(Gad7, total).Severity);

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void Gad7_Caseness_StartsAt8(int total, bool expected) =>
        Assert.Equal(expected, ScoreAtTotal(Gad7, total).Caseness);

    [Fact]
    public void Gad7_MissingItem_IsRefused()
    {
        var e = Assert.Single(ScoreFails(Gad7, 1, 1, 1, 1, 1, 1, null));
        Assert.Equal((7, AnswerError.MissingAnswer), (e.ItemNumber!.Value, e.Code));
    }

    [Fact]
    public void Gad7_WrongCountAndOutOfRange_AreRefused()
    {
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Gad7, Repeat(0, 9))).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(Gad7, 0, 0, 0, 0, 0, 0, 7)).Code);
    }

    [Fact]
    public void Gad7_Instruction_IsTheGad7Wording_WithoutAny()
    {
        Assert.Equal("Over the last 2 weeks, how often have you been bothered by the following problems?", Gad7.TimeFrame);
        Assert.Equal("Over the last 2 weeks, how often have you been bothered by any of the following problems?", InstrumentLibrary.Phq9.TimeFrame);
    }

    [Fact]
    public void Gad7_HasNoRiskFlagsAndCarriesLoinc()
    {
        Assert.Empty(ScoreOk(Gad7, Repeat(3, 7)).RiskFlags);
        Assert.Equal("69737-5", Gad7.LoincPanelCode);
        Assert.Equal("70274-6", Gad7.LoincTotalCode);
        Assert.Equal(4m, Assert.IsType<FixedPointsCriterion>(Gad7.ReliableChange).Points);
    }
}

public class Phq4Tests
{
    private static readonly InstrumentDefinition Phq4 = InstrumentLibrary.Phq4;

    [Fact]
    public void Phq4_FloorAndCeiling()
    {
        var low = ScoreOk(Phq4, 0, 0, 0, 0);
        Assert.Equal((0m, "normal", false), (low.Total!.Value, low.Severity, low.Caseness));
        var high = ScoreOk(Phq4, 3, 3, 3, 3);
        Assert.Equal((12m, "severe", true), (high.Total!.Value, high.Severity, high.Caseness));
    }

    [Theory]
    [InlineData(2, "normal")]
    [InlineData(3, "mild")]
    [InlineData(5, "mild")]
    [InlineData(6, "moderate")]
    [InlineData(8, "moderate")]
    [InlineData(9, "severe")]
    public void Phq4_BandEdges_HaveTheClinicalLabels(int total, string label) =>
        Assert.Equal(label, ScoreAtTotal(Phq4, total).Severity);

    [Fact]
    public void Phq4_Subscales_AreAnxietyItems1And2AndDepressionItems3And4()
    {
        var r = ScoreOk(Phq4, 1, 2, 0, 3);
        Assert.Equal(3m, r.Subscales["anxiety"]);
        Assert.Equal(3m, r.Subscales["depression"]);
        Assert.Equal(6m, r.Total);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, false, "negative", "negative")]
    [InlineData(2, 1, 1, 1, true, "positive", "negative")]
    [InlineData(1, 1, 2, 1, true, "negative", "positive")]
    [InlineData(2, 0, 0, 2, false, "negative", "negative")]
    public void Phq4_SubscaleOf3_IsPositiveScreen(int a, int b, int c, int d, bool caseness, string anxiety, string depression)
    {
        var r = ScoreOk(Phq4, a, b, c, d);
        Assert.Equal(caseness, r.Caseness);
        Assert.Equal(anxiety, r.SubscaleBands["anxiety"]);
        Assert.Equal(depression, r.SubscaleBands["depression"]);
    }

    [Fact]
    public void Phq4_MissingCountAndRange_AreRefused()
    {
        Assert.Equal(AnswerError.MissingAnswer, Assert.Single(ScoreFails(Phq4, 0, null, 0, 0)).Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Phq4, 0, 0, 0)).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(Phq4, 0, 0, 0, 4)).Code);
    }
}
