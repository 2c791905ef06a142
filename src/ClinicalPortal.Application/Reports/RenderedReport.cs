namespace ClinicalPortal.Application.Reports;

/// <summary>A rendered report: the PDF bytes and how many pages they hold.</summary>
public sealed record RenderedReport(byte[] Pdf, int Pages);
