using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Domain.Supervision;

/// <summary>
/// The results of one client on one instrument that the flag rules read: the first (baseline), the latest, the one
/// before the latest, and the latest at or before the start of the deterioration window (where the client stood then),
/// with how many results there are in all (1: the first is the latest). <paramref name="BeforePrevious"/>, the result
/// before <paramref name="Previous"/>, is read for the CBI only (a sustained rise is two rises in a row).
/// </summary>
public sealed record MeasureHistory(
    InstrumentDefinition Instrument, int Results, ScorePoint First, ScorePoint Latest, ScorePoint? Previous, ScorePoint? AtWindowStart,
    ScorePoint? BeforePrevious = null);
