namespace ClinicalPortal.Domain.Measures;

/// <summary>Compares two scored administrations of the same instrument.</summary>
public static class ChangeCalculator
{
    public static ChangeResult Compare(InstrumentDefinition definition, ScoreResult then, ScoreResult now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        if (!string.Equals(then.InstrumentCode, definition.Code, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(now.InstrumentCode, definition.Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Both results must be {definition.Code}; got {then.InstrumentCode} and {now.InstrumentCode}.");
        }

        ScaleChange? total = then.Total is decimal t0 && now.Total is decimal t1
            ? Assess(t0, t1, definition.ReliableChange, definition.Caseness, definition.HigherIsBetter)
            : null;

        var subscales = new Dictionary<string, ScaleChange>(StringComparer.Ordinal);
        foreach (var subscale in definition.Scoring.Subscales)
        {
            if (then.Subscales.TryGetValue(subscale.Key, out var s0) && s0 is decimal a
                && now.Subscales.TryGetValue(subscale.Key, out var s1) && s1 is decimal b)
            {
                subscales[subscale.Key] = Assess(a, b, subscale.ReliableChange, subscale.Caseness, definition.HigherIsBetter);
            }
        }

        return new ChangeResult(total, subscales);
    }

    /// <summary>Judges one scale's change from <paramref name="then"/> to <paramref name="now"/>.</summary>
    public static ScaleChange Assess(
        decimal then,
        decimal now,
        ReliableChangeCriterion? criterion,
        CasenessCutOff? caseness,
        bool higherIsBetter)
    {
        var difference = now - then;
        if (criterion is null)
        {
            return new ScaleChange(difference, ReliableChange.None, false, false, false);
        }

        var reliable = ReliableChange.None;
        if (difference != 0 && criterion.IsReliable(difference))
        {
            var wentUp = difference > 0;
            reliable = wentUp == higherIsBetter ? ReliableChange.Improved : ReliableChange.Deteriorated;
        }

        var significant = false;
        if (caseness is not null && reliable != ReliableChange.None)
        {
            var wasCase = caseness.IsCase(then);
            var isCase = caseness.IsCase(now);
            significant = reliable == ReliableChange.Improved
                ? wasCase && !isCase
                : !wasCase && isCase;
        }

        return new ScaleChange(difference, reliable, significant, true, criterion.IsVerified);
    }
}
