namespace ClinicalPortal.Infrastructure.Reports.Layout;

/// <summary>
/// What every page carries: header lines at the top (the report's identity: client, period, clinician, organisation,
/// generated-at, the PHI notice) and, at the bottom, "page n of m", drawn once the number of pages is known.
/// </summary>
public sealed record PageFrame(IReadOnlyList<string> HeaderLines, string FooterNotice);
