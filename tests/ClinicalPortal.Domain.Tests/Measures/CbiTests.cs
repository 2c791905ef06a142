using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class CbiTests
{
    private static readonly InstrumentDefinition Cbi = InstrumentLibrary.Cbi;

    private static int?[] Answers(int?[] personal, int?[] work, int?[] client) => [.. personal, .. work, .. client];

    [Fact]
    public void Cbi_Floor_AllScalesZeroWithEnergyItemAlways()
    {
        // item 13 "enough energy for family and friends" is reversed: "always" (100) scores 0
        var r = ScoreOk(Cbi, Answers(Repeat(0, 6), [0, 0, 0, 0, 0, 0, 100], Repeat(0, 6)));
        Assert.Null(r.Total);
        Assert.Null(r.Severity);
        Assert.Equal(0m, r.Subscales["personal"]);
        Assert.Equal(0m, r.Subscales["workRelated"]);
        Assert.Equal(0m, r.Subscales["clientRelated"]);
        Assert.False(r.Caseness);
        Assert.All(r.SubscaleBands.Values, b => Assert.Equal("low", b));
    }

    [Fact]
    public void Cbi_Ceiling_AllScales100WithEnergyItemNever()
    {
        var r = ScoreOk(Cbi, Answers(Repeat(100, 6), [100, 100, 100, 100, 100, 100, 0], Repeat(100, 6)));
        Assert.Equal(100m, r.Subscales["personal"]);
        Assert.Equal(100m, r.Subscales["workRelated"]);
        Assert.Equal(100m, r.Subscales["clientRelated"]);
        Assert.False(r.Caseness); // the CBI has no clinical cut-off
        Assert.All(r.SubscaleBands.Values, b => Assert.Equal("severe", b));
    }

    [Fact]
    public void Cbi_EnergyItem_IsReversedAs100MinusX()
    {
        // work items 7-12 at 50; item 13 "seldom" (25) scores 75 -> (6*50 + 75) / 7
        var r = ScoreOk(Cbi, Answers(Repeat(0, 6), [50, 50, 50, 50, 50, 50, 25], Repeat(0, 6)));
        Assert.Equal(375m / 7m, r.Subscales["workRelated"]);
    }

    /// <summary>The PUMA study's categories at their edges: under 50 low, 50-74 moderate, 75-99 high, 100 severe.</summary>
    [Theory]
    [InlineData(50, 50, 50, 50, 50, 25, "low")] // 275/6 = 45.83
    [InlineData(50, 50, 50, 50, 50, 50, "moderate")] // 50
    [InlineData(75, 50, 50, 50, 50, 25, "moderate")] // 300/6 = 50
    [InlineData(75, 75, 75, 75, 75, 50, "moderate")] // 425/6 = 70.83
    [InlineData(75, 75, 75, 75, 75, 75, "high")] // 75
    [InlineData(100, 100, 100, 100, 100, 75, "high")] // 575/6 = 95.83
    [InlineData(100, 100, 100, 100, 100, 100, "severe")] // 100
    public void Cbi_Bands_AreThePumaCategories_AndNeverACase(int a, int b, int c, int d, int e, int f, string band)
    {
        var r = ScoreOk(Cbi, Answers([a, b, c, d, e, f], [0, 0, 0, 0, 0, 0, 100], Repeat(0, 6)));
        Assert.Equal(band, r.SubscaleBands["personal"]);
        Assert.False(r.Caseness);
    }

    [Theory]
    [InlineData(49.99, "low")]
    [InlineData(50, "moderate")]
    [InlineData(74.99, "moderate")]
    [InlineData(75, "high")]
    [InlineData(99.99, "high")]
    [InlineData(100, "severe")]
    public void Cbi_BandBounds_AreHalfOpenForMeans(double score, string band)
    {
        foreach (var scale in Cbi.Scoring.Subscales)
        {
            Assert.Equal(band, SeverityBand.Find(scale.Bands, (decimal)score)!.Label);
            Assert.Null(scale.Caseness);
        }
    }

    [Fact]
    public void Cbi_ScaleWithHalfItemsAnswered_IsMeanOfAnsweredItems()
    {
        // personal 3 of 6, work 4 of 7, client 3 of 6
        var r = ScoreOk(Cbi, Answers(
            [100, 50, 75, null, null, null],
            [25, null, 25, null, 25, null, 100],
            [null, null, null, 0, 50, 100]));
        Assert.Equal(75m, r.Subscales["personal"]);
        Assert.Equal(75m / 4m, r.Subscales["workRelated"]); // 25+25+25+0
        Assert.Equal(50m, r.Subscales["clientRelated"]);
    }

    [Fact]
    public void Cbi_ScaleWithFewerThanHalfItems_IsNotScoredAndNotZero()
    {
        // personal 2 of 6, work 3 of 7, client all answered
        var r = ScoreOk(Cbi, Answers(
            [100, 100, null, null, null, null],
            [100, 100, 100, null, null, null, null],
            Repeat(25, 6)));
        Assert.Null(r.Subscales["personal"]);
        Assert.Null(r.Subscales["workRelated"]);
        Assert.Equal(25m, r.Subscales["clientRelated"]);
        Assert.False(r.SubscaleBands.ContainsKey("personal"));
        Assert.False(r.Caseness);
    }

    [Fact]
    public void Cbi_OnlyPersonalScaleAnswered_IsAccepted()
    {
        var r = ScoreOk(Cbi, Answers(Repeat(75, 6), new int?[7], new int?[6]));
        Assert.Equal(75m, r.Subscales["personal"]);
        Assert.Null(r.Subscales["clientRelated"]);
        Assert.Equal("high", r.SubscaleBands["personal"]);
        Assert.False(r.Caseness);
    }

    [Fact]
    public void Cbi_NoScaleScorable_IsRefused()
    {
        var e = Assert.Single(ScoreFails(Cbi, Answers([50, 50, null, null, null, null], new int?[7], new int?[6])));
        Assert.Equal(AnswerError.TooFewAnswers, e.Code);
    }

    [Fact]
    public void Cbi_ValueThatIsNotAnOption_IsRefused()
    {
        var e = Assert.Single(ScoreFails(Cbi, Answers([30, 0, 0, 0, 0, 0], Repeat(0, 7), Repeat(0, 6))));
        Assert.Equal((1, AnswerError.ValueNotAnOption), (e.ItemNumber!.Value, e.Code));
        Assert.Equal(AnswerError.ValueNotAnOption, Assert.Single(ScoreFails(Cbi, Answers(Repeat(0, 6), Repeat(0, 7), [0, 0, 0, 0, 0, 3]))).Code);
    }

    [Theory]
    // 1.96 * sqrt(2) * SD * sqrt(1 - r) with SD 17: r .87 -> 16.98993, r .85 -> 18.25012
    [InlineData("personal", 0.87, 16.99)]
    [InlineData("workRelated", 0.87, 16.99)]
    [InlineData("clientRelated", 0.85, 18.25)]
    public void Cbi_JacobsonTruaxThreshold_PerScale(string key, double reliability, double threshold)
    {
        var c = Assert.IsType<JacobsonTruaxCriterion>(Cbi.Subscale(key)!.ReliableChange);
        Assert.Equal(17m, c.StandardDeviation);
        Assert.Equal((decimal)reliability, c.Reliability);
        Assert.Equal(threshold, c.ApproximateThreshold, 2);
    }

    [Fact]
    public void Cbi_ClientRelatedScale_NeedsMoreThan18Point25Points()
    {
        // 17.5 (e.g. 3.5 steps of 5 on a scale with 5 answered items) clears 16.99 but not 18.25
        var client = Cbi.Subscale("clientRelated")!.ReliableChange!;
        var personal = Cbi.Subscale("personal")!.ReliableChange!;
        Assert.False(client.IsReliable(17.5m));
        Assert.False(client.IsReliable(18.25m));
        Assert.True(client.IsReliable(18.26m));
        Assert.True(personal.IsReliable(17.5m));
        Assert.False(personal.IsReliable(16.98m));
    }

    [Fact]
    public void Cbi_WrongCount_IsRefused() =>
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Cbi, Repeat(0, 18))).Code);
}
