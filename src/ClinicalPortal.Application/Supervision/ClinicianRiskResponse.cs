namespace ClinicalPortal.Application.Supervision;

/// <summary>One clinician's caseload in figures: active clients, clients per flag, open and late alerts, clients with any flag.</summary>
public sealed record ClinicianRiskResponse(
    Guid ClinicianId, string Name, int ActiveClients, int Deteriorating, int NotImproving, int BurnoutRising, int HomeworkOverdue,
    int OpenAlerts, int LateAlerts, int FlaggedClients);
