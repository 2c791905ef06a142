namespace ClinicalPortal.Application.Alerts;

/// <summary>One clinician's alerts in the period (by the clinician the client had when the alert was raised).</summary>
public sealed record ClinicianAlertMetrics(
    Guid ClinicianId, string Name, int Raised, DurationStats TimeToAcknowledge, DurationStats TimeToResolve, int DeadlinesMissed);
