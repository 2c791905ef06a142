using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Everything one progress report shows, read and worded before any drawing: the renderer lays this out and computes
/// nothing clinical, so what a report says is tested without a PDF, and the PDF is tested without a database.
/// <see cref="Safety"/> is the care team's (clinician audience); <see cref="Resources"/> the client's (client audience).
/// </summary>
public sealed record ProgressReport(
    ReportAudience Audience,
    ReportHeader Header,
    IReadOnlyList<string> Summary,
    IReadOnlyList<InstrumentReport> Instruments,
    PracticeReport? Practice,
    SafetyReport? Safety,
    ClientResources? Resources)
{
    /// <summary>The document title (PDF metadata, read out by screen readers).</summary>
    public string Title => ReportText.Title(Audience, Header);
}
