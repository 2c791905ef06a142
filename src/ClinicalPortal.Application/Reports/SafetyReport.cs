namespace ClinicalPortal.Application.Reports;

/// <summary>
/// The care team's safety section: the alerts open at any time in the period, the safety plan on file, every PHQ-9
/// item 9 answer and C-SSRS screen of the period, and a line on positive ones before it (null when there were none).
/// </summary>
public sealed record SafetyReport(
    IReadOnlyList<AlertSummary> Alerts, int? SafetyPlanVersion, DateOnly? SafetyPlanSince, IReadOnlyList<RiskHistoryRow> RiskHistory,
    string? EarlierRisk);
