using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Domain.Tests.Measures.MeasureTestHelpers;

namespace ClinicalPortal.Domain.Tests.Measures;

/// <summary>
/// The skip rule as the pages read it from the definition. Columbia's screener (lifetime/recent): questions 1 and 2 are
/// asked of everyone; 3, 4 and 5 only after a yes to 2; 6 of everyone; "within the past 3 months?" only after a yes to 6.
/// </summary>
public class SkipLogicTests
{
    private static readonly InstrumentDefinition Cssrs = InstrumentLibrary.CssrsScreener;

    [Fact]
    public void TheScreenersRule_MatchesColumbiasPublishedScreener()
    {
        Assert.Equal([null, null, 2, 2, 2, null, 6], Cssrs.Items.Select(i => Cssrs.GateOf(i.Number)?.GateItem));
        Assert.All(Cssrs.Items.Select(i => Cssrs.GateOf(i.Number)).OfType<SkipCondition>(), c => Assert.Equal(1, c.GateValue)); // yes
        Assert.Equal([1, 2, 6], Cssrs.Items.Where(i => Cssrs.GateOf(i.Number) is null).Select(i => i.Number));
    }

    [Fact]
    public void EveryGateInTheLibrary_IsItselfAlwaysAsked_SoTwoStepsAskEverything()
    {
        foreach (var d in InstrumentLibrary.All)
        {
            if (d.MissingAnswers is SkipLogicRule skip)
            {
                Assert.All(skip.Conditions, c => Assert.Null(d.GateOf(c.GateItem)));
            }
        }
    }

    [Fact]
    public void WithoutSkipLogic_EveryItemIsAsked_AndNothingIsDropped()
    {
        var phq9 = InstrumentLibrary.Phq9;
        var answers = Repeat(1, 9);
        Assert.All(phq9.Items, i => Assert.Null(phq9.GateOf(i.Number)));
        Assert.All(phq9.Items, i => Assert.True(phq9.IsAsked(i.Number, [])));
        Assert.Equal(answers, phq9.WithoutAnswersNotAsked(answers));
    }

    [Theory]
    [InlineData(null, false)] // the gate not answered yet: the method questions stay closed
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void MethodIntentAndPlan_AreAskedOnlyAfterAYesToQuestion2(int? q2, bool asked)
    {
        int?[] answers = [1, q2, null, null, null, null, null];
        Assert.All([3, 4, 5], n => Assert.Equal(asked, Cssrs.IsAsked(n, answers)));
        Assert.True(Cssrs.IsAsked(6, answers));
        Assert.False(Cssrs.IsAsked(7, answers));
    }

    [Fact]
    public void DroppingAnswersNotAsked_NullsStaleDependents_AndKeepsTheRest()
    {
        // Q2 turned from yes to no after Q3-Q5 were answered; Q6 no with a stale follow-up.
        Assert.Equal([1, 0, null, null, null, 0, null], Cssrs.WithoutAnswersNotAsked([1, 0, 1, 1, 1, 0, 1]));
        Assert.Equal([0, 1, 1, 0, 1, 1, 0], Cssrs.WithoutAnswersNotAsked([0, 1, 1, 0, 1, 1, 0]));
        // Short lists are padded to the items; longer ones cut.
        Assert.Equal([1, 0, null, null, null, null, null], Cssrs.WithoutAnswersNotAsked([1, 0, 1]));
        Assert.Equal(7, Cssrs.WithoutAnswersNotAsked([0, 0, null, null, null, 0, null, 1]).Count);
    }

    [Fact]
    public void YesToQuestion1Only_ScoresOnceTheUnaskedAnswersAreDropped()
    {
        int?[] posted = [1, 0, 0, 0, 0, 0, 0]; // a form that sent "no" for questions it never asked
        Assert.NotEmpty(ScoreFails(Cssrs, posted));
        var r = ScoreOk(Cssrs, [.. Cssrs.WithoutAnswersNotAsked(posted)]);
        Assert.Equal(RiskTier.Elevated, r.HighestRiskTier);
        Assert.True(r.Caseness);
    }

    [Fact]
    public void AskedButUnanswered_ListsWhatIsStillToAsk_InItemOrder()
    {
        Assert.Equal([1, 2, 6], Cssrs.AskedButUnanswered([]));
        Assert.Equal([3, 4, 5], Cssrs.AskedButUnanswered([1, 1, null, null, null, 0, null]));
        Assert.Equal([3, 4, 5, 7], Cssrs.AskedButUnanswered([0, 1, null, null, null, 1, null]));
        Assert.Empty(Cssrs.AskedButUnanswered([1, 0, null, null, null, 0, null]));
        Assert.Equal([9], InstrumentLibrary.Phq9.AskedButUnanswered([0, 0, 0, 0, 0, 0, 0, 0, null]));
    }
}
