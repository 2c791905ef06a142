using System.Diagnostics;
using ClinicalPortal.Application.Reports;
using ClinicalPortal.DevTools.Reports;
using ClinicalPortal.Domain.Reports;
using ClinicalPortal.Infrastructure.Reports;

namespace ClinicalPortal.Infrastructure.Tests.Reports;

/// <summary>The progress report rendered from its plain record (no database) and read back with PdfPig, and by poppler.</summary>
public sealed class ProgressReportPdfTests
{
    private static readonly ProgressReportPdf Renderer = new();

    private static UglyToad.PdfPig.PdfDocument Read(RenderedReport rendered) => UglyToad.PdfPig.PdfDocument.Open(rendered.Pdf);

    private static string TextOf(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string AllText(UglyToad.PdfPig.PdfDocument pdf) => string.Join(" ", pdf.GetPages().Select(TextOf));

    [Fact]
    public void ATwoYearWeeklyHistory_FlowsOntoSeveralPages_WithTheHeaderOnEveryPage_AndTheTableHeaderRepeated()
    {
        var report = SampleProgressReport.Build(ReportAudience.Clinician, weeks: 104);
        var rendered = Renderer.Render(report);
        using var pdf = Read(rendered);

        Assert.Equal(rendered.Pages, pdf.NumberOfPages);
        Assert.True(pdf.NumberOfPages >= 6, $"{pdf.NumberOfPages} pages");
        Assert.Equal(report.Title, pdf.Information.Title);
        var phqPages = 0;
        foreach (var page in pdf.GetPages())
        {
            var text = TextOf(page);
            foreach (var line in ReportText.HeaderLines(report.Header))
            {
                Assert.Contains(string.Join(" ", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)), text, StringComparison.Ordinal);
            }

            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", text, StringComparison.Ordinal);
            phqPages += text.Contains("Date Total Band vs previous result vs baseline", StringComparison.Ordinal) ? 1 : 0;
        }

        // PHQ-9 and GAD-7 each have 104 weekly rows: their tables continue over pages, each page under the header row.
        Assert.True(phqPages >= 4, $"{phqPages} pages with a total table header");
    }

    [Fact]
    public void EveryScoreOfTheRecord_IsInTheTable_InOrder_AsTheChartLabelsIt()
    {
        var report = SampleProgressReport.Build(ReportAudience.Clinician, weeks: 104);
        using var pdf = Read(Renderer.Render(report));
        var words = pdf.GetPages().SelectMany(p => p.GetWords().Select(w => w.Text)).ToList();
        var phq = report.Instruments.Single(i => i.Code == "PHQ-9");

        // Walk the words: every row of the record appears as "date total", in order, none lost at a page break.
        var found = 0;
        for (var i = 0; i + 1 < words.Count && found < phq.Rows.Count; i++)
        {
            var row = phq.Rows[found];
            if (words[i] == ReportText.Date(row.Date) && words[i + 1] == ReportText.Number(row.Total))
            {
                found++;
            }
        }

        Assert.Equal(phq.Rows.Count, found);
        Assert.Equal(phq.Rows.Select(r => r.Total!.Value), phq.Charts.Single().Points.Select(p => p.Value));
        Assert.Equal(phq.Rows.Select(r => r.Date), phq.Charts.Single().Points.Select(p => p.Date));
    }

    [Fact]
    public void TheSameReport_RendersToTheSameBytes()
    {
        var first = Renderer.Render(SampleProgressReport.Build(ReportAudience.Clinician));
        var second = Renderer.Render(SampleProgressReport.Build(ReportAudience.Clinician));
        Assert.Equal(first.Pdf, second.Pdf);

        // ...and a different report does not (the pinned identifiers come from the content).
        var other = Renderer.Render(SampleProgressReport.Build(ReportAudience.Clinician, clientName: "Alex Exampel"));
        Assert.NotEqual(first.Pdf, other.Pdf);
    }

    [Fact]
    public void TheClientVariant_HasNoItemLevelDetail_AndOpensWithTheCrisisLines()
    {
        var clinician = SampleProgressReport.Build(ReportAudience.Clinician);
        var client = SampleProgressReport.Build(ReportAudience.Client);
        using var clinicianPdf = Read(Renderer.Render(clinician));
        using var clientPdf = Read(Renderer.Render(client));
        var itemText = Domain.Measures.InstrumentLibrary.Phq9.Items[0].Text;

        Assert.Contains(ReportText.LatestAnswersHeading, AllText(clinicianPdf), StringComparison.Ordinal);
        Assert.Contains(itemText, AllText(clinicianPdf), StringComparison.Ordinal);
        var text = AllText(clientPdf);
        Assert.DoesNotContain(ReportText.LatestAnswersHeading, text, StringComparison.Ordinal);
        Assert.DoesNotContain(itemText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("vs baseline", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportText.SafetyHeading + " ", text, StringComparison.Ordinal);

        // The crisis lines and the safety plan come first, on page 1, before the scores; the dates are the client's words.
        var first = TextOf(clientPdf.GetPage(1));
        Assert.Contains(ReportText.CrisisHeading, first, StringComparison.Ordinal);
        Assert.Contains("988", first, StringComparison.Ordinal);
        Assert.Contains(ReportText.SafetyPlanHeading, first, StringComparison.Ordinal);
        Assert.True(first.IndexOf(ReportText.CrisisHeading, StringComparison.Ordinal) < first.IndexOf(ReportText.SummaryHeading, StringComparison.Ordinal));
        Assert.Contains("born May 17, 1984", first, StringComparison.Ordinal);
        Assert.DoesNotContain("1984-05-17", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d+\.\d+\b", text.Replace("988", string.Empty, StringComparison.Ordinal));
        for (var page = 2; page <= clientPdf.NumberOfPages; page++)
        {
            Assert.DoesNotContain(ReportText.CrisisHeading, TextOf(clientPdf.GetPage(page)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AReflection_IsPrinted_OnlyWhenTheRecordCarriesIt()
    {
        var with = SampleProgressReport.Build(ReportAudience.Clinician, withReflection: true);
        var without = SampleProgressReport.Build(ReportAudience.Clinician, withReflection: false);
        var reflection = with.Practice!.Reflections.Single().Text;
        using var withPdf = Read(Renderer.Render(with));
        using var withoutPdf = Read(Renderer.Render(without));
        Assert.Contains(reflection, AllText(withPdf), StringComparison.Ordinal);
        Assert.DoesNotContain(ReportText.ReflectionsHeading, AllText(withoutPdf), StringComparison.Ordinal);
        Assert.DoesNotContain("talking to myself", AllText(withoutPdf), StringComparison.Ordinal);
    }

    [Fact]
    public void NamesOutsideLatin1_PrintAsWritten()
    {
        var report = SampleProgressReport.Build(ReportAudience.Clinician, clientName: "Łukasz Ἀλέξανδρος");
        using var pdf = Read(Renderer.Render(report));
        Assert.Contains("Łukasz Ἀλέξανδρος", TextOf(pdf.GetPage(1)), StringComparison.Ordinal);
        Assert.Contains("→", AllText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Poppler_RendersEveryPage_ToAnA4Png()
    {
        // An independent reader (poppler's pdftoppm, installed by .ci/run) opens the pinned bytes without complaint.
        var rendered = Renderer.Render(SampleProgressReport.Build(ReportAudience.Clinician));
        var folder = Directory.CreateTempSubdirectory("report-png-");
        try
        {
            var pdfPath = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(pdfPath, rendered.Pdf);
            var (exit, errors) = Run("pdftoppm", "-r", "50", "-png", pdfPath, Path.Combine(folder.FullName, "page"));
            Assert.True(exit == 0, $"pdftoppm exited {exit}: {errors}");
            Assert.Equal(string.Empty, errors.Trim());
            var pngs = folder.GetFiles("page-*.png").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            Assert.Equal(rendered.Pages, pngs.Count);
            foreach (var png in pngs)
            {
                var (width, height) = PngSize(File.ReadAllBytes(png.FullName));
                Assert.Equal((414, 585), (width, height)); // A4 at 50 dpi: 8.27 x 11.69 in, rounded up
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AReflectionOfTenThousandLineBreaks_MakesNoEmptyPage_BoundedOrNot()
    {
        var sample = SampleProgressReport.Build(ReportAudience.Clinician);
        var raw = "I breathed." + new string('\n', 10_000) + "It helped.";
        var baseline = Renderer.Render(sample with { Practice = sample.Practice! with { Reflections = [] } }).Pages;
        foreach (var text in new[] { raw, ReportText.Bounded(raw) })
        {
            var excerpt = new ReflectionExcerpt(Guid.Empty, sample.Header.To, "Self-compassion break", text);
            var rendered = Renderer.Render(sample with { Practice = sample.Practice! with { Reflections = [excerpt] } });
            using var pdf = Read(rendered);
            Assert.InRange(rendered.Pages, baseline, baseline + 1);
            var frame = string.Join(" ", ReportText.HeaderLines(sample.Header)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + 8;
            Assert.All(pdf.GetPages(), page => Assert.True(page.GetWords().Count() > frame, $"page {page.Number} has only its frame"));
            Assert.Contains("I breathed.", AllText(pdf), StringComparison.Ordinal);
            Assert.Contains("It helped.", AllText(pdf), StringComparison.Ordinal);
            Assert.Equal(string.Empty, Poppler(rendered.Pdf).Trim());
        }
    }

    [Fact]
    public void TheClinicianReport_CarriesTheMeasurementNotes_AndTheRiskHistory()
    {
        var sample = SampleProgressReport.Build(ReportAudience.Clinician);
        var report = sample with
        {
            Measurement = new MeasurementReport(["PHQ-9 (every 7 days): 1 of 4 windows that closed in the period got no result (opening 2026-11-02)."],
                [.. sample.Instruments.SelectMany(i => i.Criteria)]),
            Safety = sample.Safety! with
            {
                RiskHistory = [new RiskHistoryRow(sample.Header.To.AddDays(-3), ReportText.Item9Measure, "Several days (1)", "elevated")],
                EarlierRisk = ReportText.EarlierRisk(1, sample.Header.From.AddDays(-10)),
            },
        };
        using var pdf = Read(Renderer.Render(report));
        var text = AllText(pdf);
        Assert.Contains($"{ReportText.GapsHeading} • PHQ-9 (every 7 days): 1 of 4 windows", text, StringComparison.Ordinal);
        Assert.Contains(ReportText.CriteriaHeading, text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9: reliable change is a change of 6 points or more.", text, StringComparison.Ordinal);
        Assert.Contains(ReportText.RiskHistoryHeading, text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 item 9 Several days (1) elevated", text, StringComparison.Ordinal);
        Assert.Contains("Before this period: 1 positive", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TableHeadings_AreNotBrokenInsideAWord_WhenTheTableHasRoom()
    {
        using var pdf = Read(Renderer.Render(SampleProgressReport.Build(ReportAudience.Clinician)));
        var words = pdf.GetPages().SelectMany(p => p.GetWords().Select(w => w.Text)).ToHashSet(StringComparer.Ordinal);
        // The CBI table has eight columns; its scale names and "acknowledge" once broke as "Persona" + "l", "acknowled" + "ge".
        Assert.Contains("Personal", words);
        Assert.Contains("Work-related", words);
        Assert.Contains("Client-related", words);
        Assert.DoesNotContain("Persona", words);
        Assert.Contains("acknowledge", words);
    }

    private static string Poppler(byte[] pdfBytes)
    {
        var folder = Directory.CreateTempSubdirectory("report-check-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(path, pdfBytes);
            var (exit, errors) = Run("pdftotext", path, Path.Combine(folder.FullName, "report.txt"));
            Assert.Equal(0, exit);
            return errors;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static (int Exit, string Errors) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, errors);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is not installed: install poppler-utils (apt-get install -y poppler-utils); .ci/run does.", e);
        }
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
