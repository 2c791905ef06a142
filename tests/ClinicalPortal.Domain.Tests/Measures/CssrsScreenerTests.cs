using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

public class CssrsScreenerTests
{
    private static readonly InstrumentDefinition Cssrs = InstrumentLibrary.CssrsScreener;

    // item order: Q1, Q2, Q3, Q4, Q5, Q6, Q6a (past 3 months)
    [Fact]
    public void Cssrs_AllNoWithSkips_IsNegativeScreen()
    {
        var r = ScoreOk(Cssrs, 0, 0, null, null, null, 0, null);
        Assert.Null(r.Total);
        Assert.Empty(r.RiskFlags);
        Assert.False(r.Caseness);
    }

    [Fact]
    public void Cssrs_Q1Alone_IsElevatedReferral()
    {
        var r = ScoreOk(Cssrs, 1, 0, null, null, null, 0, null);
        var flag = Assert.Single(r.RiskFlags);
        Assert.Equal(("CSSRS_WISH_DEAD", RiskTier.Elevated, 1), (flag.Code, flag.Tier, flag.ItemNumber));
        Assert.True(r.Caseness);
    }

    [Fact]
    public void Cssrs_Q2WithNoMethodIntentOrPlan_IsElevated()
    {
        var r = ScoreOk(Cssrs, 0, 1, 0, 0, 0, 0, null);
        Assert.Equal(RiskTier.Elevated, r.HighestRiskTier);
        Assert.Equal("CSSRS_IDEATION", Assert.Single(r.RiskFlags).Code);
    }

    [Fact]
    public void Cssrs_Q3_IsHigh()
    {
        var r = ScoreOk(Cssrs, 1, 1, 1, 0, 0, 0, null);
        Assert.Equal(RiskTier.High, r.HighestRiskTier);
        Assert.Equal("CSSRS_METHOD", r.RiskFlags[0].Code);
    }

    [Fact]
    public void Cssrs_Q4_IsImminent()
    {
        var r = ScoreOk(Cssrs, 0, 1, 0, 1, 0, 0, null);
        Assert.Equal(RiskTier.Imminent, r.HighestRiskTier);
        Assert.Equal(("CSSRS_INTENT", 4), (r.RiskFlags[0].Code, r.RiskFlags[0].ItemNumber));
    }

    [Fact]
    public void Cssrs_Q5_IsImminent()
    {
        var r = ScoreOk(Cssrs, 0, 1, 0, 0, 1, 0, null);
        Assert.Equal(RiskTier.Imminent, r.HighestRiskTier);
        Assert.Equal("CSSRS_PLAN", r.RiskFlags[0].Code);
    }

    [Fact]
    public void Cssrs_BehaviourInPast3Months_IsImminent()
    {
        var r = ScoreOk(Cssrs, 0, 0, null, null, null, 1, 1);
        var flag = Assert.Single(r.RiskFlags);
        Assert.Equal(("CSSRS_BEHAVIOUR_RECENT", RiskTier.Imminent, 6), (flag.Code, flag.Tier, flag.ItemNumber));
    }

    [Fact]
    public void Cssrs_BehaviourLongerAgo_IsHighNotImminent()
    {
        var r = ScoreOk(Cssrs, 0, 0, null, null, null, 1, 0);
        var flag = Assert.Single(r.RiskFlags);
        Assert.Equal(("CSSRS_BEHAVIOUR_LIFETIME", RiskTier.High), (flag.Code, flag.Tier));
    }

    [Fact]
    public void Cssrs_Flags_AreOrderedHighestTierFirst()
    {
        var r = ScoreOk(Cssrs, 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(RiskTier.Imminent, r.RiskFlags[0].Tier);
        Assert.Equal(RiskTier.Elevated, r.RiskFlags[^1].Tier);
        Assert.Equal(6, r.RiskFlags.Count); // all but the lifetime-behaviour flag
    }

    [Fact]
    public void Cssrs_Q3To5AnsweredWhenQ2No_AreRefusedAsNotAsked()
    {
        var errors = ScoreFails(Cssrs, 0, 0, 0, null, null, 0, null);
        var e = Assert.Single(errors);
        Assert.Equal((3, AnswerError.AnswerNotExpected), (e.ItemNumber!.Value, e.Code));
    }

    [Fact]
    public void Cssrs_Q3To5MissingWhenQ2Yes_AreRefused()
    {
        var errors = ScoreFails(Cssrs, 0, 1, null, 0, null, 0, null);
        Assert.Equal([3, 5], errors.Select(e => e.ItemNumber!.Value));
        Assert.All(errors, e => Assert.Equal(AnswerError.MissingAnswer, e.Code));
    }

    [Fact]
    public void Cssrs_FollowUpMissingWhenQ6Yes_IsRefused() =>
        Assert.Equal((7, AnswerError.MissingAnswer),
            ScoreFails(Cssrs, 0, 0, null, null, null, 1, null).Select(e => (e.ItemNumber!.Value, e.Code)).Single());

    [Fact]
    public void Cssrs_FollowUpAnsweredWhenQ6No_IsRefused() =>
        Assert.Equal(AnswerError.AnswerNotExpected, Assert.Single(ScoreFails(Cssrs, 0, 0, null, null, null, 0, 1)).Code);

    [Fact]
    public void Cssrs_AlwaysAskedQuestionsMissing_AreRefused()
    {
        var errors = ScoreFails(Cssrs, null, 0, null, null, null, null, null);
        Assert.Equal([1, 6], errors.Select(e => e.ItemNumber!.Value));
    }

    [Fact]
    public void Cssrs_NonYesNoValueAndWrongCount_AreRefused()
    {
        Assert.Equal(AnswerError.ValueNotAnOption, ScoreFails(Cssrs, 2, 0, null, null, null, 0, null)[0].Code);
        Assert.Equal(AnswerError.WrongAnswerCount, Assert.Single(ScoreFails(Cssrs, 0, 0, 0, 0, 0, 0)).Code);
    }

    [Fact]
    public void Cssrs_Licence_NeedsRegistrationWithColumbia()
    {
        Assert.True(Cssrs.Licence.RequiresRegistration);
        Assert.True(Cssrs.Licence.FreeToUse);
        Assert.Contains("Columbia", Cssrs.Licence.CommercialUse, StringComparison.Ordinal);
        Assert.IsType<SkipLogicRule>(Cssrs.MissingAnswers);
    }
}
