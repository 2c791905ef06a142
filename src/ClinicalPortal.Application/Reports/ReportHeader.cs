namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Who and what the report is about, printed at the top of every page. <see cref="GeneratedAt"/> is in the client's
/// time zone (<see cref="TimeZone"/>), like every date of the report: the days are the client's days.
/// <see cref="Country"/> (ISO 3166-1 alpha-2, null when not on record) orders the dates of the client's own report.
/// </summary>
public sealed record ReportHeader(
    string ClientName,
    DateOnly DateOfBirth,
    DateOnly From,
    DateOnly To,
    string ClinicianName,
    string OrganizationName,
    DateTimeOffset GeneratedAt,
    string TimeZone,
    string? Country = null);
