namespace ClinicalPortal.Application.Reports;

/// <summary>The care team's safety section: the alerts open at any time in the period, and the safety plan on file.</summary>
public sealed record SafetyReport(IReadOnlyList<AlertSummary> Alerts, int? SafetyPlanVersion, DateOnly? SafetyPlanSince);
