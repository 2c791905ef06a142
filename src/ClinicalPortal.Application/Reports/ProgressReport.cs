using ClinicalPortal.Domain.Reports;

namespace ClinicalPortal.Application.Reports;

/// <summary>
/// Everything one progress report shows, read and worded before any drawing: the renderer lays this out and computes
/// nothing clinical, so what a report says is tested without a PDF, and the PDF is tested without a database.
/// <see cref="Safety"/> and <see cref="Measurement"/> are the care team's (clinician audience); <see cref="Resources"/> the
/// client's (client audience).
/// </summary>
public sealed record ProgressReport(
    ReportAudience Audience,
    ReportHeader Header,
    IReadOnlyList<string> Summary,
    IReadOnlyList<InstrumentReport> Instruments,
    PracticeReport? Practice,
    SafetyReport? Safety,
    ClientResources? Resources,
    MeasurementReport? Measurement = null)
{
    /// <summary>The document title (PDF metadata, read out by screen readers).</summary>
    public string Title => ReportText.Title(Audience, Header);

    /// <summary>A date of the report as its reader reads it: the client's in their country's words, the care team's as yyyy-MM-dd.</summary>
    public string Date(DateOnly date) => Audience == ReportAudience.Client ? ReportText.ClientDate(date, Header.Country) : ReportText.Date(date);

    /// <summary>The summary of a report's sections: their sentences in order, and for the client no phrase said twice.</summary>
    public static IReadOnlyList<string> SummaryOf(ReportAudience audience, IEnumerable<InstrumentReport> instruments)
    {
        var sentences = instruments.SelectMany(i => i.Summary);
        return audience == ReportAudience.Client ? ReportText.WithoutRepeats(sentences) : [.. sentences];
    }
}
