using System.Globalization;
using ClinicalPortal.Application.Measures;
using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Api.Pages.App;

/// <summary>
/// Results per instrument as the pages show them: a chart drawn on the server as SVG by the same chart model as the PDF
/// report (so it never disagrees with the table), and the table of results, dated in the client's calendar. For the
/// client's own pages (<c>forClient</c>), an instrument whose bands are not shown to clients (WHO-5) has neither band
/// column nor bands on the chart.
/// </summary>
public static class ResultCharts
{
    public sealed record Instrument(string Code, string? Svg, IReadOnlyList<Row> Rows);

    public sealed record Row(string Date, string Score, string Band);

    public static IReadOnlyList<Instrument> Of(IEnumerable<AssessmentResponse> results, TimeZoneInfo zone, bool forClient = false) =>
        results
            .GroupBy(r => r.Instrument, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var known = InstrumentLibrary.TryGet(g.Key, out var definition);
                var hideBands = forClient && known && !definition!.BandsShownToClient;
                var ordered = g.OrderBy(r => r.SubmittedAt).ToList();
                var rows = ordered.Select(r => new Row(
                    HomeworkStatuses.LocalDate(r.SubmittedAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.Total is decimal t ? t.ToString("0.##", CultureInfo.InvariantCulture) : "-", hideBands ? "-" : r.Severity ?? "-")).ToList();
                string? svg = null;
                if (known && ordered.Any(r => r.Total is not null))
                {
                    var points = ordered.Where(r => r.Total is not null)
                        .Select(r => new ChartPoint(HomeworkStatuses.LocalDate(r.SubmittedAt, zone), r.Total!.Value));
                    svg = SvgChart.Render(hideBands ? ScoreChart.For(definition!.Code, [], null, points) : ScoreChart.For(definition!, points));
                }

                return new Instrument(g.Key, svg, rows);
            })
            .ToList();
}
