namespace ClinicalPortal.Application.Reports;

/// <summary>A generated report: the PDF, a file name without health data, its SHA-256 (hex) and the disclosure it was recorded as.</summary>
public sealed record ProgressReportFile(byte[] Pdf, string FileName, string Sha256, Guid DisclosureId);
