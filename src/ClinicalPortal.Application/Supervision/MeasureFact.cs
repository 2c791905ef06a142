namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// One stored result as <see cref="ICaseloadFacts.MeasuresAsync"/> returns it: its scores, how many results the client
/// has on the instrument, and which of the rules' reference points it is.
/// </summary>
/// <param name="FromEnd">1 for the latest result, 2 for the one before it, more for neither.</param>
public sealed record MeasureFact(
    Guid ClientId,
    string InstrumentCode,
    DateTimeOffset At,
    decimal? Total,
    IReadOnlyDictionary<string, decimal?> Subscales,
    int Results,
    bool IsFirst,
    int FromEnd,
    bool AtWindowStart);
