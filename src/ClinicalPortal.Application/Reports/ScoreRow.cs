namespace ClinicalPortal.Application.Reports;

/// <summary>
/// One result as a table row: its day, total and subscales (null where not scored), band, and its change against the
/// previous result and against the baseline in words ("-8, improved reliably"; empty for the first result).
/// </summary>
public sealed record ScoreRow(
    DateOnly Date, decimal? Total, IReadOnlyList<decimal?> Subscales, string Band, string SincePrevious, string SinceBaseline);
