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

    // SCS items: self-kindness 5, 12, 19, 23, 26; self-judgment 1, 8, 11, 16, 21; common humanity 3, 7, 10, 15;
    // isolation 4, 13, 18, 25; mindfulness 9, 14, 17, 22; over-identification 2, 6, 20, 24.
    // Total (Neff's scoring key): reverse the negative subscales' items (6 - x), then the mean of the six subscale means.

    [Fact]
    public void Scs_Total_IsMeanOfSubscaleMeans_NotMeanOf26Items()
    {
        // raw answers cycle 1, 2, 3, 4, 5 from item 1
        var r = ScoreOk(Scs, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1);
        // self-kindness 5+2+4+3+1 = 15 -> 3; self-judgment raw 1+3+1+1+1 = 7, keyed 5+3+5+5+5 = 23 -> 4.6;
        // common humanity 3+2+5+5 = 15 -> 3.75; isolation raw 4+3+3+5 = 15, keyed 2+3+3+1 = 9 -> 2.25;
        // mindfulness 4+4+2+2 = 12 -> 3; over-identification raw 2+1+5+4 = 12, keyed 4+5+1+2 = 12 -> 3.
        // (3 + 4.6 + 3.75 + 2.25 + 3 + 3) / 6 = 19.6 / 6 = 3.2667; the mean of the 26 keyed items would be 86 / 26 = 3.3077.
        Assert.Equal((3m + 4.6m + 3.75m + 2.25m + 3m + 3m) / 6m, r.Total);
        Assert.NotEqual(86m / 26m, r.Total);
        Assert.Equal("moderate", r.Severity);

        // subscales stay raw: the negative ones are not reversed
        Assert.Equal(3m, r.Subscales["selfKindness"]);
        Assert.Equal(1.4m, r.Subscales["selfJudgment"]);
        Assert.Equal(3.75m, r.Subscales["commonHumanity"]);
        Assert.Equal(3.75m, r.Subscales["isolation"]);
        Assert.Equal(3m, r.Subscales["mindfulness"]);
        Assert.Equal(3m, r.Subscales["overIdentification"]);
    }

    [Fact]
    public void Scs_FourItemSubscalesWeighAsMuchAsFiveItemOnes_LowBecomesModerate()
    {
        // the two 5-item subscales keyed at 1 (self-kindness raw 1, self-judgment raw 5);
        // the four 4-item subscales keyed 4, 3, 3, 3 (isolation and over-identification raw 2, 3, 3, 3)
        var r = ScoreOk(Scs, 5, 2, 4, 2, 1, 3, 3, 5, 4, 3, 5, 1, 3, 3, 3, 5, 3, 3, 1, 3, 5, 3, 1, 3, 3, 1);
        // (1 + 1 + 3.25 + 3.25 + 3.25 + 3.25) / 6 = 15 / 6 = 2.5: moderate (2.5 is in 2.5-3.5).
        // The mean of the 26 keyed items, (5 + 5 + 4 x 13) / 26 = 62 / 26 = 2.385, would have been low.
        Assert.Equal(2.5m, r.Total);
        Assert.Equal("moderate", r.Severity);
        Assert.Equal(5m, r.Subscales["selfJudgment"]); // raw
        Assert.Equal(2.75m, r.Subscales["isolation"]); // raw
    }

    [Fact]
    public void Scs_FourItemSubscalesWeighAsMuchAsFiveItemOnes_HighBecomesModerate()
    {
        // the two 5-item subscales keyed at 5 (self-kindness raw 5, self-judgment raw 1);
        // the four 4-item subscales keyed 3, 3, 3, 2 (isolation and over-identification raw 3, 3, 3, 4)
        var r = ScoreOk(Scs, 1, 3, 3, 3, 5, 3, 3, 1, 3, 3, 1, 5, 3, 3, 2, 1, 3, 3, 5, 3, 1, 2, 5, 4, 4, 5);
        // (5 + 5 + 2.75 + 2.75 + 2.75 + 2.75) / 6 = 21 / 6 = 3.5: moderate (high starts above 3.5).
        // The mean of the 26 keyed items, (25 + 25 + 4 x 11) / 26 = 94 / 26 = 3.615, would have been high.
        Assert.Equal(3.5m, r.Total);
        Assert.Equal("moderate", r.Severity);
    }

    [Fact]
    public void Scs_UsesTheMeanOfSubscaleMeansMethod() =>
        Assert.Equal(TotalMethod.MeanOfSubscaleMeans, Scs.Scoring.Total);

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
        // total: self-kindness 5; self-judgment keyed (2+5+5+5+5)/5 = 4.4; common humanity 1; isolation keyed 5;
        // mindfulness 1; over-identification keyed 5 -> (5 + 4.4 + 1 + 5 + 1 + 5) / 6 = 21.4 / 6 (mean of 26 items: 95 / 26)
        Assert.Equal(21.4m / 6m, r.Total);
    }

    [Fact]
    public void Scs_MissingItem_IsRefused() =>
        Assert.Equal(13, Assert.Single(ScoreFails(Scs, [.. Repeat(3, 12), null, .. Repeat(3, 13)])).ItemNumber);
}
