using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

/// <summary>
/// A scored administration as the API shows it. <see cref="Answers"/> is null for readers who may not see item-level
/// answers; beside them, <see cref="ReverseScoredItems"/> names the items whose answer is reversed before scoring (CBI
/// item 13, PSS-10 items 4, 5, 7, 8, ...), so a view of the answers can mark them. <see cref="CrisisResources"/> is set in the response that accepted answers carrying a risk flag (and its
/// replay): the crisis lines of the client's country, at once.
/// </summary>
public sealed record AssessmentResponse(
    Guid Id,
    Guid ClientId,
    string Instrument,
    string InstrumentVersion,
    DateTimeOffset SubmittedAt,
    string SubmittedByRole,
    decimal? Total,
    IReadOnlyDictionary<string, decimal?> Subscales,
    string? Severity,
    IReadOnlyDictionary<string, string> SubscaleBands,
    bool? Caseness,
    IReadOnlyList<RiskFlagResponse> RiskFlags,
    ChangeResponse? Change,
    IReadOnlyList<int?>? Answers,
    CrisisResourcesResponse? CrisisResources,
    IReadOnlyList<int>? ReverseScoredItems = null)
{
    /// <summary>
    /// Builds the response of <paramref name="current"/>, with change against the client's first and latest earlier
    /// results of the same instrument (null for the first result).
    /// </summary>
    public static AssessmentResponse From(
        Assessment current, InstrumentDefinition instrument, Assessment? baseline, Assessment? previous, bool includeAnswers,
        CrisisResourcesResponse? crisis = null, bool forClient = false)
    {
        // A band the client should hear from their clinician (WHO-5 "likely depression") is not in the client's own answer:
        // no severity, no subscale bands, and caseness null (withheld, not "no").
        var withheld = forClient && !instrument.BandsShownToClient;
        ChangeResponse? change = null;
        if (baseline is not null && previous is not null)
        {
            change = new ChangeResponse(Since(instrument, baseline, current), Since(instrument, previous, current));
        }

        return new AssessmentResponse(
            current.Id.Value,
            current.ClientId.Value,
            current.InstrumentCode,
            current.InstrumentVersion,
            current.SubmittedAt,
            current.SubmittedByRole.ToString(),
            current.Total,
            InInstrumentOrder(instrument, current.Subscales),
            withheld ? null : current.Severity,
            withheld ? new Dictionary<string, string>() : InInstrumentOrder(instrument, current.SubscaleBands),
            withheld ? null : current.Caseness,
            current.RiskFlags.Select(f => new RiskFlagResponse(f.Code, f.Tier.ToString(), f.ItemNumber, f.Reason)).ToList(),
            change,
            includeAnswers ? current.Answers : null,
            crisis,
            includeAnswers ? instrument.Scoring.ReverseKeyedItems : null);
    }

    /// <summary>Scales in the order the instrument defines them (jsonb storage does not keep key order).</summary>
    private static IReadOnlyDictionary<string, T> InInstrumentOrder<T>(InstrumentDefinition instrument, IReadOnlyDictionary<string, T> values)
    {
        var ordered = new Dictionary<string, T>(values.Count);
        foreach (var scale in instrument.Scoring.Subscales)
        {
            if (values.TryGetValue(scale.Key, out var value))
            {
                ordered[scale.Key] = value;
            }
        }

        foreach (var (key, value) in values.Where(kv => !ordered.ContainsKey(kv.Key)))
        {
            ordered[key] = value;
        }

        return ordered;
    }

    private static ChangeSinceResponse Since(InstrumentDefinition instrument, Assessment then, Assessment now)
    {
        var change = ChangeCalculator.Compare(instrument, then.Score, now.Score);
        return new ChangeSinceResponse(
            then.Id.Value,
            then.SubmittedAt,
            change.Total?.Difference,
            Word(change.Total?.Reliable ?? ReliableChange.None),
            change.Total?.ClinicallySignificant ?? false,
            instrument.ReliableChange?.IsVerified ?? false,
            change.Subscales.ToDictionary(
                kv => kv.Key,
                kv => new ScaleChangeResponse(kv.Value.Difference, Word(kv.Value.Reliable), kv.Value.ClinicallySignificant,
                    kv.Value.HasCriterion, instrument.Subscale(kv.Key)?.ReliableChange?.IsVerified ?? false)));
    }

    private static string Word(ReliableChange reliable) => reliable switch
    {
        ReliableChange.Improved => "improved",
        ReliableChange.Deteriorated => "deteriorated",
        _ => "none",
    };
}
