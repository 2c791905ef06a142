namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// One clinician's caseload in figures: active clients, clients per flag (open and late alerts, alerts without a safety
/// plan, measures overdue, a positive PHQ-9 item 9 in the last 14 days), clients with any flag.
/// </summary>
public sealed record ClinicianRiskResponse(
    Guid ClinicianId, string Name, int ActiveClients, int Deteriorating, int NotImproving, int BurnoutRising, int HomeworkOverdue,
    int OpenAlerts, int LateAlerts, int FlaggedClients, int AlertsWithoutSafetyPlan, int MeasuresOverdue, int Item9Positive);
