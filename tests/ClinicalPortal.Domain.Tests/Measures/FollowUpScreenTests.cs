using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class FollowUpScreenTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The follow-up asks exactly when the PHQ-9's own item 9 risk rule fires: the two never drift apart.</summary>
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Phq9Item9AboveZero_AsksForTheScreener_ExactlyWhenItsRiskRuleFires(int item9, bool asks)
    {
        int?[] answers = [0, 0, 0, 0, 0, 0, 0, 0, item9];
        var score = ScoreOk(InstrumentLibrary.Phq9, answers);

        Assert.Equal(asks, FollowUpScreen.AsksForScreener(InstrumentLibrary.Phq9.Code, answers));
        Assert.Equal(asks, score.RiskFlags.Any(f => f.ItemNumber == FollowUpScreen.TriggerItem));
    }

    [Fact]
    public void OtherInstruments_NeverAskForTheScreener()
    {
        Assert.False(FollowUpScreen.AsksForScreener(InstrumentLibrary.CssrsScreener.Code, [1, 1, 1, 1, 1, 1, 1]));
        Assert.False(FollowUpScreen.AsksForScreener(InstrumentLibrary.K10.Code, Repeat(5, 10)));
    }

    [Fact]
    public void TheScreener_IsInTheLibrary()
    {
        Assert.True(InstrumentLibrary.TryGet(FollowUpScreen.Screener, out var screener));
        Assert.Same(InstrumentLibrary.CssrsScreener, screener);
        Assert.Same(InstrumentLibrary.Phq9, InstrumentLibrary.All.Single(i => i.Code == FollowUpScreen.TriggerInstrument));
    }

    [Fact]
    public void IsDue_WhenThePositivePhq9CameAfterTheLatestScreener_OrThereIsNone()
    {
        Assert.False(FollowUpScreen.IsDue(null, null));
        Assert.False(FollowUpScreen.IsDue(null, Noon));
        Assert.True(FollowUpScreen.IsDue(Noon, null));
        Assert.True(FollowUpScreen.IsDue(Noon, Noon.AddMinutes(-1))); // answered before: does not answer the later PHQ-9
        Assert.False(FollowUpScreen.IsDue(Noon, Noon));
        Assert.False(FollowUpScreen.IsDue(Noon, Noon.AddDays(30))); // answered after, however late: no expiry, no repeat
    }
}
