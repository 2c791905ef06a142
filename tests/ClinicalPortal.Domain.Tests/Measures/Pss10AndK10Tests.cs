using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class Pss10Tests
{
    private static readonly InstrumentDefinition Pss10 = InstrumentLibrary.Pss10;

    [Fact]
    public void Pss10_Floor_IsNegativeItemsNeverAndPositiveItemsVeryOften()
    {
        // items 4, 5, 7, 8 are positively worded: answered 4 they score 0
        var r = ScoreOk(Pss10, 0, 0, 0, 4, 4, 0, 4, 4, 0, 0);
        Assert.Equal(0m, r.Total);
        Assert.Equal("low", r.Severity);
    }

    [Fact]
    public void Pss10_Ceiling_Is40High()
    {
        var r = ScoreOk(Pss10, 4, 4, 4, 0, 0, 4, 0, 0, 4, 4);
        Assert.Equal(40m, r.Total);
        Assert.Equal("high", r.Severity);
    }

    [Fact]
    public void Pss10_AllZero_Scores16FromTheFourReversedItems() =>
        Assert.Equal(16m, ScoreOk(Pss10, Repeat(0, 10)).Total);

    [Fact]
    public void Pss10_ReverseKeys_AreItems4578As4MinusX()
    {
        // only item 4 = 1 (reversed 3), others at their floor
        var r = ScoreOk(Pss10, 0, 0, 0, 1, 4, 0, 4, 4, 0, 0);
        Assert.Equal(3m, r.Total);
        Assert.Equal([4, 5, 7, 8], Pss10.Scoring.ReverseKeyedItems);
    }

    [Theory]
    [InlineData(13, "low")]
    [InlineData(14, "moderate")]
    [InlineData(26, "moderate")]
    [InlineData(27, "high")]
    public void Pss10_BandEdges_HaveTheClinicalLabels(int total, string label)
    {
        var r = ScoreAtTotal(Pss10, total);
        Assert.Equal(total, r.Total);
        Assert.Equal(label, r.Severity);
        Assert.False(r.Caseness); // no normed cut-off
    }

    [Fact]
    public void Pss10_MissingCountAndRange_AreRefused()
    {
        Assert.Equal(AnswerError.MissingAnswer, Assert.Single(ScoreFails(Pss10, 0, 0, 0, 0, 0, 0, 0, 0, 0, null)).Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Pss10, Repeat(0, 14))).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(Pss10, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0)).Code);
    }

    [Fact]
    public void Pss10_Licence_IsCheckBeforeCommercialUse()
    {
        Assert.Contains("check before commercial use", Pss10.Licence.CommercialUse, StringComparison.OrdinalIgnoreCase);
        Assert.False(Pss10.Licence.FreeToUse);
        Assert.IsType<JacobsonTruaxCriterion>(Pss10.ReliableChange);
    }
}

public class K10Tests
{
    private static readonly InstrumentDefinition K10 = InstrumentLibrary.K10;

    [Fact]
    public void K10_FloorAndCeiling_Are10And50()
    {
        var low = ScoreOk(K10, Repeat(1, 10));
        Assert.Equal((10m, "low"), (low.Total!.Value, low.Severity));
        var high = ScoreOk(K10, Repeat(5, 10));
        Assert.Equal((50m, "very high"), (high.Total!.Value, high.Severity));
    }

    [Theory]
    [InlineData(15, "low")]
    [InlineData(16, "moderate")]
    [InlineData(21, "moderate")]
    [InlineData(22, "high")]
    [InlineData(29, "high")]
    [InlineData(30, "very high")]
    public void K10_BandEdges_HaveTheClinicalLabels(int total, string label) =>
        Assert.Equal(label, ScoreAtTotal(K10, total).Severity);

    [Fact]
    public void K10_ReliableChange_UsesTheTestRetestIcc_AndStaysUnverifiedWhileTheSdIsAPlaceholder()
    {
        var c = Assert.IsType<JacobsonTruaxCriterion>(K10.ReliableChange);
        Assert.Equal(0.89m, c.Reliability); // test-retest ICC, not the .93 internal consistency used before
        Assert.Contains("test-retest", c.Source, StringComparison.Ordinal);
        Assert.Contains("10.1080/00050067.2021.1893603", c.Source, StringComparison.Ordinal);
        Assert.False(c.IsVerified);
    }

    [Theory]
    // S_diff^2 = 2 * 6.0^2 * (1 - .89) = 7.92; 1.96 * S_diff = 5.516 points (with alpha .93 it was 4.40)
    [InlineData(5, false)]
    [InlineData(-5, false)]
    [InlineData(6, true)]
    [InlineData(-6, true)]
    public void K10_ReliableChangeThreshold_Is5Point52Points(int difference, bool reliable)
    {
        var c = (JacobsonTruaxCriterion)K10.ReliableChange!;
        Assert.Equal(reliable, c.IsReliable(difference));
        Assert.Equal(5.516, c.ApproximateThreshold, 3);
    }

    [Fact]
    public void K10_Licence_CarriesTheWhoCopyrightAndTheKessler2003Citation()
    {
        Assert.True(K10.Licence.FreeToUse);
        Assert.Contains("© World Health Organization 2003", K10.Licence.CommercialUse, StringComparison.Ordinal);
        Assert.Contains("Arch Gen Psychiatry. 2003;60(2):184-189", K10.Licence.CommercialUse, StringComparison.Ordinal);
        Assert.DoesNotContain("CLINICAL.md", K10.Licence.CommercialUse, StringComparison.Ordinal);
    }

    [Fact]
    public void K10_MissingCountAndRange_AreRefused()
    {
        Assert.Equal(AnswerError.MissingAnswer, Assert.Single(ScoreFails(K10, 1, 1, null, 1, 1, 1, 1, 1, 1, 1)).Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(K10, Repeat(1, 6))).Code);
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(K10, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1)).Code);
    }
}
