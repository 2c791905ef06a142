namespace ClinicalPortal.Domain.Measures;

/// <summary>Scores raw answers against an <see cref="InstrumentDefinition"/>.</summary>
public static class InstrumentScorer
{
    /// <summary>
    /// Scores <paramref name="answers"/>, given in item order as the raw option values the client picked
    /// (null = not answered). Refuses a wrong number of answers, a value that is not one of the item's
    /// options, and any missing answer the definition's <see cref="MissingAnswerRule"/> does not allow.
    /// </summary>
    public static ScoringOutcome Score(InstrumentDefinition definition, IReadOnlyList<int?> answers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);

        var items = definition.Items;
        if (answers.Count != items.Count)
        {
            return ScoringOutcome.Failure(
            [
                new AnswerError(null, AnswerError.WrongAnswerCount,
                    $"{definition.Code} expects {items.Count} answers in item order; got {answers.Count}."),
            ]);
        }

        var errors = new List<AnswerError>();
        for (var i = 0; i < items.Count; i++)
        {
            if (answers[i] is int value && !items[i].Allows(value))
            {
                errors.Add(new AnswerError(items[i].Number, AnswerError.ValueNotAnOption,
                    $"Item {items[i].Number} accepts {string.Join(", ", items[i].Options.Select(o => o.Value))}; got {value}."));
            }
        }

        errors.AddRange(CheckMissing(definition, answers));
        if (errors.Count > 0)
        {
            return ScoringOutcome.Failure(errors);
        }

        var scoring = definition.Scoring;
        var keyed = new int?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            keyed[i] = answers[i] is int v && scoring.IsReverseKeyed(items[i].Number)
                ? ScoringRule.Reverse(items[i], v)
                : answers[i];
        }

        var total = ComputeTotal(scoring, keyed);

        var subscales = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var subscaleBands = new Dictionary<string, string>(StringComparer.Ordinal);
        var subscaleCase = false;
        foreach (var subscale in scoring.Subscales)
        {
            var score = ComputeSubscale(subscale, answers, keyed);
            subscales[subscale.Key] = score;
            if (score is decimal s)
            {
                if (SeverityBand.Find(subscale.Bands, s) is { } band)
                {
                    subscaleBands[subscale.Key] = band.Label;
                }

                subscaleCase |= subscale.Caseness?.IsCase(s) ?? false;
            }
        }

        if (definition.MissingAnswers is SubscaleMinimumRule && scoring.Subscales.Count > 0 && subscales.Values.All(v => v is null))
        {
            return ScoringOutcome.Failure(
            [
                new AnswerError(null, AnswerError.TooFewAnswers,
                    $"{definition.Code}: no scale has enough answered items to be scored."),
            ]);
        }

        var flags = definition.RiskRules
            .Where(r => r.Matches(answers))
            .Select(r => new RiskFlag(r.Code, r.Tier, r.ItemNumber, r.Reason))
            .OrderByDescending(f => f.Tier)
            .ThenBy(f => f.ItemNumber)
            .ToList();

        bool caseness;
        if (definition.Caseness is { } cutOff)
        {
            caseness = total is decimal t && cutOff.IsCase(t);
        }
        else if (scoring.Total == TotalMethod.None && scoring.Subscales.Count == 0)
        {
            // Screen without a score (C-SSRS): any positive answer is a positive screen.
            caseness = flags.Count > 0;
        }
        else
        {
            caseness = subscaleCase;
        }

        return ScoringOutcome.Success(new ScoreResult
        {
            InstrumentCode = definition.Code,
            Total = total,
            Subscales = subscales,
            Severity = total is decimal tt ? SeverityBand.Find(definition.Bands, tt)?.Label : null,
            SubscaleBands = subscaleBands,
            Caseness = caseness,
            RiskFlags = flags,
        });
    }

    private static IEnumerable<AnswerError> CheckMissing(InstrumentDefinition definition, IReadOnlyList<int?> answers)
    {
        switch (definition.MissingAnswers)
        {
            case NoMissingAnswersRule:
                for (var i = 0; i < answers.Count; i++)
                {
                    if (answers[i] is null)
                    {
                        yield return Missing(i + 1, definition.Code);
                    }
                }

                break;

            case SubscaleMinimumRule:
                // Per-subscale minimum is applied while scoring; a missing item is left out, never counted as 0.
                break;

            case SkipLogicRule skip:
                for (var n = 1; n <= answers.Count; n++)
                {
                    var gate = skip.GateOf(n);
                    if (gate is not null && answers[gate.GateItem - 1] is null)
                    {
                        continue; // the gate itself is reported as missing
                    }

                    var asked = skip.IsAsked(n, answers);
                    if (asked && answers[n - 1] is null)
                    {
                        yield return Missing(n, definition.Code);
                    }
                    else if (!asked && answers[n - 1] is not null)
                    {
                        yield return new AnswerError(n, AnswerError.AnswerNotExpected,
                            $"Item {n} is asked only when item {gate!.GateItem} is answered {gate.GateValue}; leave it empty.");
                    }
                }

                break;

            default:
                throw new InvalidOperationException($"{definition.Code} has an unknown missing-answer rule.");
        }
    }

    private static AnswerError Missing(int itemNumber, string code) =>
        new(itemNumber, AnswerError.MissingAnswer, $"Item {itemNumber} must be answered for a valid {code} score.");

    private static decimal? ComputeTotal(ScoringRule scoring, int?[] keyed)
    {
        if (scoring.Total == TotalMethod.None || keyed.Any(v => v is null))
        {
            return null;
        }

        decimal sum = keyed.Sum(v => v!.Value);
        return scoring.Total switch
        {
            TotalMethod.Sum => sum,
            TotalMethod.Mean => sum / keyed.Length,
            TotalMethod.SumTimesMultiplier => sum * scoring.Multiplier,
            TotalMethod.MeanOfSubscaleMeans => MeanOfSubscaleMeans(scoring, keyed),
            _ => throw new InvalidOperationException($"Unknown total method {scoring.Total}."),
        };
    }

    /// <summary>
    /// The unweighted mean of the subscale means over reverse-keyed values. With the SCS's 5- and 4-item
    /// subscales every subscale mean is an exact decimal, so the only rounding is the final division.
    /// </summary>
    private static decimal MeanOfSubscaleMeans(ScoringRule scoring, int?[] keyed)
    {
        if (scoring.Subscales.Count == 0)
        {
            throw new InvalidOperationException($"{nameof(TotalMethod.MeanOfSubscaleMeans)} needs subscales.");
        }

        var sumOfMeans = scoring.Subscales.Sum(s => (decimal)s.Items.Sum(n => keyed[n - 1]!.Value) / s.Items.Count);
        return sumOfMeans / scoring.Subscales.Count;
    }

    private static decimal? ComputeSubscale(SubscaleDefinition subscale, IReadOnlyList<int?> raw, int?[] keyed)
    {
        var values = subscale.Items
            .Select(n => subscale.UsesReverseKeyedValues ? keyed[n - 1] : raw[n - 1])
            .Where(v => v is not null)
            .Select(v => (decimal)v!.Value)
            .ToList();

        if (values.Count < subscale.MinimumAnswered || values.Count == 0)
        {
            return null;
        }

        var sum = values.Sum();
        return subscale.Method == SubscaleMethod.Mean ? sum / values.Count : sum;
    }
}
