namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Who and what the report is about, printed at the top of every page. <see cref="GeneratedAt"/> is in the client's
/// time zone (<see cref="TimeZone"/>), like every date of the report: the days are the client's days.
/// </summary>
public sealed record ReportHeader(
    string ClientName,
    DateOnly DateOfBirth,
    DateOnly From,
    DateOnly To,
    string ClinicianName,
    string OrganizationName,
    DateTimeOffset GeneratedAt,
    string TimeZone);
