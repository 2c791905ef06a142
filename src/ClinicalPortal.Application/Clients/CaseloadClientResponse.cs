using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Application.Clients;

/// <summary>A client on the caseload at a glance: latest score per instrument with trend and reliable change, alerts, homework of the last 14 days.</summary>
public sealed record CaseloadClientResponse(
    Guid ClientId, string Name, CareTrack Track, Guid ClinicianId, IReadOnlyList<CaseloadTrend> Instruments, bool OpenAlert, bool LateAlert,
    int HomeworkDue, int HomeworkDone);
