namespace ClinicalPortal.Application.Reports;

/// <summary>
/// The care team's note on how the figures were gathered and judged: gaps in measurement (scheduled windows that got no
/// result, the longest interval between unscheduled results) and the criteria every change in the report is judged by,
/// each with its source.
/// </summary>
public sealed record MeasurementReport(IReadOnlyList<string> Gaps, IReadOnlyList<string> Criteria);
