using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Infrastructure.Reports;
using ClinicalPortal.Infrastructure.Reports.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ClinicalPortal.Infrastructure.Tests.Reports;

/// <summary>The chart drawn into a real PDF with PDFsharp, read back with PdfPig: real text, the same labels as the SVG.</summary>
public sealed class PdfChartCanvasTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static byte[] OnePage(ScoreChart chart)
    {
        EmbeddedFonts.Install();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using var fonts = new FontBook();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            PdfChartCanvas.Draw(graphics, fonts, chart, 40, 60, 480, 200);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    [Fact]
    public void TheChart_IsRealText_InTheEmbeddedFont_WithEveryLabelTheSvgHas()
    {
        var chart = ScoreChart.For(InstrumentLibrary.Phq9, new[] { 17m, 12m, 9m }.Select((t, i) => new ChartPoint(Start.AddDays(7 * i), t)));
        var bytes = OnePage(chart);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var words = page.GetWords().Select(w => w.Text).ToList();
        var text = string.Join(" ", words);
        Assert.Contains("PHQ-9", words);
        Assert.Contains("2026-01-05", words);
        Assert.Contains("2026-01-19", words);
        foreach (var band in chart.Bands)
        {
            Assert.Contains(band.Label, text, StringComparison.Ordinal);
        }

        Assert.All(page.Letters, l => Assert.Contains("DejaVu Sans", l.FontName, StringComparison.Ordinal));
        Assert.Contains("27", words);
        Assert.Contains("10", words); // a band's own lower bound, never the halfway point where zones meet
        Assert.DoesNotContain("9.5", words);
    }

    [Fact]
    public void TheTextOfThePdf_MatchesTheTextOfTheSvg()
    {
        var chart = ScoreChart.For(InstrumentLibrary.Gad7, new[] { 15m, 7m }.Select((t, i) => new ChartPoint(Start.AddDays(14 * i), t)));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(OnePage(chart));
        var pdfText = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);
        var svg = System.Xml.Linq.XDocument.Parse(SvgChart.Render(chart));
        var svgText = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(svgText, pdfText);
    }
}
