using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Tests.Measures;

internal static class MeasureTestHelpers
{
    public static ScoreResult ScoreOk(InstrumentDefinition definition, params int?[] answers)
    {
        var outcome = InstrumentScorer.Score(definition, answers);
        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Errors.Select(e => $"{e.ItemNumber}:{e.Code}:{e.Message}")));
        return outcome.Result;
    }

    public static IReadOnlyList<AnswerError> ScoreFails(InstrumentDefinition definition, params int?[] answers)
    {
        var outcome = InstrumentScorer.Score(definition, answers);
        Assert.False(outcome.IsSuccess);
        Assert.NotEmpty(outcome.Errors);
        return outcome.Errors;
    }

    public static int?[] Repeat(int value, int count) => Enumerable.Repeat<int?>(value, count).ToArray();

    /// <summary>
    /// Raw answers whose reverse-keyed item values add up to <paramref name="keyedTotal"/>, filling items
    /// from item 1 with each item's highest keyed value. Reverse-keyed items are un-reversed so the keyed values hold.
    /// </summary>
    public static int?[] RawForKeyedTotal(InstrumentDefinition definition, int keyedTotal)
    {
        var items = definition.Items;
        var min = items.Sum(i => i.MinValue);
        var remaining = keyedTotal - min;
        var raw = new int?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var add = Math.Min(remaining, item.MaxValue - item.MinValue);
            remaining -= add;
            var keyed = item.MinValue + add;
            raw[i] = definition.Scoring.IsReverseKeyed(item.Number) ? ScoringRule.Reverse(item, keyed) : keyed;
        }

        Assert.Equal(0, remaining);
        return raw;
    }

    public static ScoreResult ScoreAtTotal(InstrumentDefinition definition, int keyedTotal) =>
        ScoreOk(definition, RawForKeyedTotal(definition, keyedTotal));
}
