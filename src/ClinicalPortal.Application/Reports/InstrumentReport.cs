using ClinicalPortal.Application.Reports.Charts;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// One instrument's part of the report: its summary sentences, its charts (the total; or, for an instrument scored only
/// by scales such as the CBI, one per scale), the table of every result in the period (the charts' text equivalent:
/// the same values) and, for the clinician, the item answers of the latest result and the criteria its changes are
/// judged by (reliable change, response and remission, with their sources). <see cref="IsProcessMeasure"/> marks the
/// programme's process outcome (self-compassion).
/// </summary>
public sealed record InstrumentReport(
    string Code,
    string Name,
    IReadOnlyList<string> SubscaleNames,
    bool HasTotal,
    IReadOnlyList<string> Summary,
    IReadOnlyList<ScoreChart> Charts,
    IReadOnlyList<ScoreRow> Rows,
    IReadOnlyList<ItemAnswer>? LatestAnswers,
    IReadOnlyList<string> Criteria,
    bool IsProcessMeasure);
