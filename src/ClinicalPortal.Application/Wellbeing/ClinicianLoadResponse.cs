namespace ClinicalPortal.Application.Wellbeing;

/// <summary>
/// A clinician's load in the period: active clients now, crisis alerts raised for their clients, and the alerts they
/// acknowledged after hours (before 08:00, from 18:00, or at a weekend, in the client's time zone).
/// </summary>
public sealed record ClinicianLoadResponse(Guid ClinicianId, string Name, int ActiveClients, int Alerts, int AfterHoursAcknowledgements);
