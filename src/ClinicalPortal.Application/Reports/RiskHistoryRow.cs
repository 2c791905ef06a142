namespace ClinicalPortal.Application.Reports;

/// <summary>
/// One PHQ-9 item 9 answer or C-SSRS screen of the period, as the care team's safety section lists it: the day, the
/// measure, the answer or result (in words; the answer itself only for a reader who sees item answers) and the risk tier
/// the instrument's own rules gave it.
/// </summary>
public sealed record RiskHistoryRow(DateOnly Date, string Measure, string Result, string Tier);
