using ClinicalPortal.Domain.Measures;
using CsCheck;

namespace ClinicalPortal.Domain.Tests.Measures;

public class ScoringPropertyTests
{
    /// <summary>A complete answer set: for each item, one of its option values.</summary>
    private static Gen<int?[]> CompleteAnswers(InstrumentDefinition d) =>
        Gen.Int[0, int.MaxValue].Array[d.Items.Count]
            .Select(picks => picks.Select((p, i) => (int?)d.Items[i].Options[p % d.Items[i].Options.Count].Value).ToArray());

    private static readonly InstrumentDefinition[] Scored =
        InstrumentLibrary.All.Where(d => d.MissingAnswers is not SkipLogicRule).ToArray();

    [Fact]
    public void AnyValidAnswerSet_ScoresInsideTheInstrumentsRange()
    {
        foreach (var d in Scored)
        {
            CompleteAnswers(d).Sample(answers =>
            {
                var outcome = InstrumentScorer.Score(d, answers);
                Assert.True(outcome.IsSuccess, d.Code);
                var r = outcome.Result;
                if (d.Scoring.Total == TotalMethod.None)
                {
                    Assert.Null(r.Total);
                }
                else
                {
                    Assert.InRange(r.Total!.Value, d.Scoring.MinTotal!.Value, d.Scoring.MaxTotal!.Value);
                    if (d.Bands.Count > 0)
                    {
                        Assert.NotNull(r.Severity);
                    }
                }

                foreach (var s in d.Scoring.Subscales)
                {
                    var value = r.Subscales[s.Key]!.Value;
                    var lo = s.Items.Min(n => d.Item(n).MinValue);
                    var hi = s.Items.Max(n => d.Item(n).MaxValue);
                    var count = s.Method == SubscaleMethod.Sum ? s.Items.Count : 1;
                    Assert.InRange(value, lo * count, hi * count);
                }
            }, iter: 2000);
        }
    }

    [Fact]
    public void ReversingTwice_IsIdentityAndStaysAnOption()
    {
        var items = InstrumentLibrary.All.SelectMany(d => d.Items).ToArray();
        Gen.Int[0, items.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample((itemIndex, pick) =>
        {
            var item = items[itemIndex];
            var value = item.Options[pick % item.Options.Count].Value;
            var reversed = ScoringRule.Reverse(item, value);
            Assert.True(item.Allows(reversed));
            Assert.Equal(value, ScoringRule.Reverse(item, reversed));
        });
    }

    [Fact]
    public void Phq4_TotalEqualsAnxietyPlusDepression() =>
        CompleteAnswers(InstrumentLibrary.Phq4).Sample(a =>
        {
            var r = InstrumentScorer.Score(InstrumentLibrary.Phq4, a).Result!;
            Assert.Equal(r.Total, r.Subscales["anxiety"] + r.Subscales["depression"]);
            Assert.Equal(r.Subscales["anxiety"] >= 3 || r.Subscales["depression"] >= 3, r.Caseness);
        });

    [Fact]
    public void SummedScales_TotalEqualsSumOfItems()
    {
        foreach (var d in new[] { InstrumentLibrary.Phq9, InstrumentLibrary.Gad7, InstrumentLibrary.K10 })
        {
            CompleteAnswers(d).Sample(a =>
                Assert.Equal(a.Sum(v => v!.Value), InstrumentScorer.Score(d, a).Result!.Total));
        }
    }

    [Fact]
    public void Who5_TotalIsFourTimesRawSum() =>
        CompleteAnswers(InstrumentLibrary.Who5).Sample(a =>
            Assert.Equal(4 * a.Sum(v => v!.Value), InstrumentScorer.Score(InstrumentLibrary.Who5, a).Result!.Total));

    [Fact]
    public void Pss10_TotalIsSumWithItems4578Reversed() =>
        CompleteAnswers(InstrumentLibrary.Pss10).Sample(a =>
        {
            var expected = a.Select((v, i) => i + 1 is 4 or 5 or 7 or 8 ? 4 - v!.Value : v!.Value).Sum();
            Assert.Equal(expected, InstrumentScorer.Score(InstrumentLibrary.Pss10, a).Result!.Total);
        });

    [Fact]
    public void SelfCompassion_TotalIsMeanOfPositiveSubscaleMeansAndReversedNegativeOnes()
    {
        // SCS: Neff's scoring key, unweighted mean of the six subscale means. SCS-SF: the mean of the 12 items,
        // which is the same thing because its six subscales all have two items.
        foreach (var d in new[] { InstrumentLibrary.ScsShortForm, InstrumentLibrary.Scs })
        {
            CompleteAnswers(d).Sample(a =>
            {
                var r = InstrumentScorer.Score(d, a).Result!;
                decimal Keyed(string key, bool negative)
                {
                    var mean = r.Subscales[key]!.Value; // reported raw
                    return negative ? 6 - mean : mean;
                }

                var sum = Keyed("selfKindness", false) + Keyed("commonHumanity", false) + Keyed("mindfulness", false)
                    + Keyed("selfJudgment", true) + Keyed("isolation", true) + Keyed("overIdentification", true);
                Assert.True(Math.Abs(sum / 6 - r.Total!.Value) < 0.000000000000000001m, d.Code);
            });
        }
    }

    [Fact]
    public void Cbi_ScaleIsMeanOfItsKeyedAnswers() =>
        CompleteAnswers(InstrumentLibrary.Cbi).Sample(a =>
        {
            var r = InstrumentScorer.Score(InstrumentLibrary.Cbi, a).Result!;
            var keyed = a.Select((v, i) => i + 1 == 13 ? 100 - v!.Value : v!.Value).ToArray();
            Assert.Equal(keyed[..6].Sum() / 6m, r.Subscales["personal"]);
            Assert.Equal(keyed[6..13].Sum() / 7m, r.Subscales["workRelated"]);
            Assert.Equal(keyed[13..].Sum() / 6m, r.Subscales["clientRelated"]);
        });

    [Fact]
    public void AnyMissingAnswer_OnNoMissingInstruments_IsRefused()
    {
        foreach (var d in InstrumentLibrary.All.Where(x => x.MissingAnswers is NoMissingAnswersRule))
        {
            CompleteAnswers(d).Select(Gen.Int[0, d.Items.Count - 1]).Sample((a, hole) =>
            {
                a[hole] = null;
                var outcome = InstrumentScorer.Score(d, a);
                Assert.False(outcome.IsSuccess);
                Assert.Equal(hole + 1, Assert.Single(outcome.Errors).ItemNumber);
            }, iter: 300);
        }
    }

    [Fact]
    public void Cssrs_ConsistentAnswerSets_ScoreWithTheExpectedHighestTier() =>
        Gen.Bool.Array[7].Sample(b =>
        {
            int? Yn(bool x) => x ? 1 : 0;
            int?[] a =
            [
                Yn(b[0]), Yn(b[1]),
                b[1] ? Yn(b[2]) : null, b[1] ? Yn(b[3]) : null, b[1] ? Yn(b[4]) : null,
                Yn(b[5]), b[5] ? Yn(b[6]) : null,
            ];
            var r = InstrumentScorer.Score(InstrumentLibrary.CssrsScreener, a).Result!;

            RiskTier? expected =
                (b[1] && (b[3] || b[4])) || (b[5] && b[6]) ? RiskTier.Imminent
                : (b[1] && b[2]) || b[5] ? RiskTier.High
                : b[0] || b[1] ? RiskTier.Elevated
                : null;
            Assert.Equal(expected, r.HighestRiskTier);
            Assert.Equal(expected is not null, r.Caseness);
        });
}
