namespace ClinicalPortal.Application.Reports;

/// <summary>Turns a report into a PDF. Deterministic: the same report gives the same bytes.</summary>
public interface IProgressReportRenderer
{
    RenderedReport Render(ProgressReport report);
}
