using System.Globalization;
using ClinicalPortal.Application.Reports.Charts;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Infrastructure.Reports;
using ClinicalPortal.Infrastructure.Reports.Layout;

namespace ClinicalPortal.Infrastructure.Tests.Reports;

/// <summary>The layout layer read back with PdfPig: the frame on every page, tables that split with their header, wrapping, whole blocks.</summary>
public sealed class PdfFlowTests
{
    private static readonly PageFrame Frame = new(
        ["Ann Alpha, born 1980-01-01", "Period 2024-12-01 to 2026-11-30"], "Confidential: contains protected health information");

    private static readonly DateTimeOffset Generated = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static UglyToad.PdfPig.PdfDocument Read(byte[] bytes) => UglyToad.PdfPig.PdfDocument.Open(bytes);

    private static string TextOf(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [Fact]
    public void ATwoYearWeeklyTable_FlowsOntoSeveralPages_WithTheHeaderRowAndTheFrameOnEach()
    {
        var start = new DateOnly(2024, 12, 2);
        var rows = Enumerable.Range(0, 104).Select(i => (IReadOnlyList<string>)
            [start.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (i % 28).ToString(CultureInfo.InvariantCulture), "mild"]).ToList();
        using var flow = new PdfFlow(Frame, "Progress report", Generated);
        flow.Heading("PHQ-9");
        flow.Table([new("Date", 2), new("Total", 1, AlignRight: true), new("Band", 2)], rows);
        var bytes = flow.Finish();

        using var pdf = Read(bytes);
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var seen = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var text = TextOf(page);
            Assert.Contains("Ann Alpha, born 1980-01-01", text, StringComparison.Ordinal);
            Assert.Contains("Confidential: contains protected health information", text, StringComparison.Ordinal);
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", text, StringComparison.Ordinal);
            Assert.Contains("Date Total Band", text, StringComparison.Ordinal);
            seen.AddRange(page.GetWords().Select(w => w.Text).Where(w => w.StartsWith("202", StringComparison.Ordinal) && w.Length == 10 && w != "2024-12-01" && w != "2026-11-30"));
        }

        // Every row once, in order, none lost at a page break.
        Assert.Equal(rows.Select(r => r[0]), seen);
        Assert.Equal("Progress report", pdf.Information.Title);
    }

    [Fact]
    public void AParagraph_WrapsInsideTheMargins_AndKeepsEveryWord()
    {
        var words = Enumerable.Range(0, 300).Select(i => $"word{i}").ToList();
        using var flow = new PdfFlow(Frame, "Wrap", Generated);
        flow.Paragraph(string.Join(' ', words));
        using var pdf = Read(flow.Finish());
        var page = pdf.GetPage(1);
        var body = page.GetWords().Where(w => w.Text.StartsWith("word", StringComparison.Ordinal)).ToList();
        Assert.Equal(words, body.Select(w => w.Text));
        Assert.All(body, w =>
        {
            Assert.True(w.BoundingBox.Left >= PdfFlow.Margin - 0.5, w.Text);
            Assert.True(w.BoundingBox.Right <= PdfFlow.PageWidth - PdfFlow.Margin + 0.5, w.Text);
        });
        Assert.True(body.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() > 5); // several lines
    }

    [Fact]
    public void AChartBlock_ThatDoesNotFit_MovesWholeToTheNextPage()
    {
        using var flow = new PdfFlow(Frame, "Blocks", Generated);
        for (var i = 0; i < 60; i++)
        {
            flow.Paragraph($"Line {i} of the summary.");
        }

        var chart = ScoreChart.For(InstrumentLibrary.Phq9, [new ChartPoint(new DateOnly(2026, 1, 5), 17), new ChartPoint(new DateOnly(2026, 3, 2), 9)]);
        flow.Block(200, (graphics, left, top) => PdfChartCanvas.Draw(graphics, flow.Fonts, chart, left, top, flow.ContentWidth, 200));
        using var pdf = Read(flow.Finish());

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.DoesNotContain("PHQ-9", TextOf(pdf.GetPage(1)), StringComparison.Ordinal);
        var second = TextOf(pdf.GetPage(2));
        Assert.Contains("PHQ-9", second, StringComparison.Ordinal);
        Assert.Contains("2026-01-05", second, StringComparison.Ordinal);
        Assert.Contains("2026-03-02", second, StringComparison.Ordinal);
    }
}
