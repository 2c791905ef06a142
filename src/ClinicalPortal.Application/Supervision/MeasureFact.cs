using ClinicalPortal.Domain.Supervision;

namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// One client's results on one instrument as <see cref="ICaseloadFacts.MeasuresAsync"/> returns them: how many, the
/// first, the latest, the one before the latest, and the latest at or before the window's start (read only when the
/// first lies at or before it and the latest after it, the one case the deterioration rule needs it), and for the CBI
/// the result before the previous one (a sustained rise of burnout is two rises in a row).
/// </summary>
public sealed record MeasureFact(
    Guid ClientId, string InstrumentCode, int Results, ScorePoint First, ScorePoint Latest, ScorePoint? Previous, ScorePoint? AtWindowStart,
    ScorePoint? BeforePrevious = null);
