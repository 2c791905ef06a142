using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Reports;

/// <summary>What a report is asked for: the period (client's days), the audience, and the free text the author ticked.</summary>
public sealed record ReportRequest(
    DateOnly From, DateOnly To, ReportAudience Audience, IReadOnlyList<Guid> ReflectionIds, IReadOnlyList<Guid> AlertNoteIds);
