using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class ScsShortFormTests
{
    private static readonly InstrumentDefinition ScsSf = InstrumentLibrary.ScsShortForm;

    [Fact]
    public void ScsSf_Floor_IsMean1Low()
    {
        // positive items answered 1, negative (reverse-keyed) items answered 5
        var r = ScoreOk(ScsSf, 5, 1, 1, 5, 1, 1, 1, 5, 5, 1, 5, 5);
        Assert.Equal(1m, r.Total);
        Assert.Equal("low", r.Severity);
    }

    [Fact]
    public void ScsSf_Ceiling_IsMean5High()
    {
        var r = ScoreOk(ScsSf, 1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 1);
        Assert.Equal(5m, r.Total);
        Assert.Equal("high", r.Severity);
    }

    [Fact]
    public void ScsSf_AllOnes_ReversesItems1_4_8_9_11_12To5()
    {
        // 6 positive items at 1 + 6 reversed items at 5 = 36 / 12 = 3
        var r = ScoreOk(ScsSf, Repeat(1, 12));
        Assert.Equal(3m, r.Total);
        Assert.Equal("moderate", r.Severity);
    }

    [Theory]
    [InlineData(29, "low")] // 2.4166...
    [InlineData(30, "moderate")] // 2.5
    [InlineData(42, "moderate")] // 3.5
    [InlineData(43, "high")] // 3.5833...
    public void ScsSf_BandEdges_LowBelow2Point5HighAbove3Point5(int keyedSum, string label)
    {
        var r = ScoreAtTotal(ScsSf, keyedSum);
        Assert.Equal(keyedSum / 12m, r.Total);
        Assert.Equal(label, r.Severity);
    }

    [Fact]
    public void ScsSf_Subscales_AreRawPairMeans()
    {
        var r = ScoreOk(ScsSf, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2);
        Assert.Equal(1.5m, r.Subscales["selfKindness"]); // items 2, 6
        Assert.Equal(1.5m, r.Subscales["selfJudgment"]); // items 11, 12 raw
        Assert.Equal(5m, r.Subscales["commonHumanity"]); // items 5, 10
        Assert.Equal(3.5m, r.Subscales["isolation"]); // items 4, 8
        Assert.Equal(2.5m, r.Subscales["mindfulness"]); // items 3, 7
        Assert.Equal(2.5m, r.Subscales["overIdentification"]); // items 1, 9
        Assert.Empty(r.SubscaleBands);
        Assert.False(r.Caseness);
    }

    [Fact]
    public void ScsSf_MissingCountAndRange_AreRefused()
    {
        Assert.Equal(AnswerError.MissingAnswer, Assert.Single(ScoreFails(ScsSf, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null)).Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(ScsSf, Repeat(3, 26))).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(ScsSf, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(ScsSf, 6, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).Code);
    }

    [Fact]
    public void ScsSf_HigherIsBetter() => Assert.True(ScsSf.HigherIsBetter);
}

public class ScsTests
{
    private static readonly InstrumentDefinition Scs = InstrumentLibrary.Scs;

    [Fact]
    public void Scs_AllOnes_Reverses13NegativeItems()
    {
        // 13 positive items at 1 + 13 reversed at 5 = 78 / 26 = 3
        var r = ScoreOk(Scs, Repeat(1, 26));
        Assert.Equal(3m, r.Total);
        Assert.Equal(1m, r.Subscales["selfJudgment"]);
        Assert.Equal(1m, r.Subscales["selfKindness"]);
    }

    [Fact]
    public void Scs_FloorAndCeiling_Are1And5()
    {
        Assert.Equal(1m, ScoreAtTotal(Scs, 26).Total);
        var top = ScoreAtTotal(Scs, 130);
        Assert.Equal(5m, top.Total);
        Assert.Equal("high", top.Severity);
    }

    [Theory]
    [InlineData(64, "low")]
    [InlineData(65, "moderate")] // 2.5
    [InlineData(91, "moderate")] // 3.5
    [InlineData(92, "high")]
    public void Scs_BandEdges_LowBelow2Point5HighAbove3Point5(int keyedSum, string label)
    {
        var r = ScoreAtTotal(Scs, keyedSum);
        Assert.Equal(keyedSum / 26m, r.Total);
        Assert.Equal(label, r.Severity);
    }

    [Fact]
    public void Scs_Subscales_UseTheNeff2003ItemsAndRawMeans()
    {
        var answers = Repeat(1, 26);
        foreach (var n in new[] { 5, 12, 19, 23, 26 })
        {
            answers[n - 1] = 5; // self-kindness
        }

        answers[0] = 4; // item 1, self-judgment
        var r = ScoreOk(Scs, answers);
        Assert.Equal(5m, r.Subscales["selfKindness"]);
        Assert.Equal(8m / 5m, r.Subscales["selfJudgment"]); // (4+1+1+1+1)/5
        Assert.Equal(1m, r.Subscales["commonHumanity"]);
        Assert.Equal(1m, r.Subscales["isolation"]);
        Assert.Equal(1m, r.Subscales["mindfulness"]);
        Assert.Equal(1m, r.Subscales["overIdentification"]);
        // total: 5 SK at 5, 8 other positive at 1, item 1 reversed to 2, 12 negative reversed to 5 = 25+8+2+60 = 95
        Assert.Equal(95m / 26m, r.Total);
    }

    [Fact]
    public void Scs_MissingItem_IsRefused() =>
        Assert.Equal(13, Assert.Single(ScoreFails(Scs, [.. Repeat(3, 12), null, .. Repeat(3, 13)])).ItemNumber);
}
