using System.Diagnostics;
using ClinicalPortal.DevTools.Reports;
using ClinicalPortal.Domain.Reports;
using ClinicalPortal.Infrastructure.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The report renderer alone, in process, against a bare one-page PDFsharp document (one line of text in the same
/// embedded font, saved), in the same run: a year of weekly PHQ-9 and GAD-7 and monthly CBI (the in-memory
/// <see cref="SampleProgressReport"/>), clinician and client variants. Target: the renderer within 10x the bare page.
/// </summary>
internal static class ReportRenderBench
{
    public static int Run(TextWriter output, int iterations = 300, int warmup = 30)
    {
        var renderer = new ProgressReportPdf();
        var clinician = SampleProgressReport.Build(ReportAudience.Clinician, weeks: 52);
        var client = SampleProgressReport.Build(ReportAudience.Client, weeks: 52);
        var bare = Time(BarePage, iterations, warmup);
        var full = Time(() => renderer.Render(clinician).Pdf, iterations, warmup);
        var plain = Time(() => renderer.Render(client).Pdf, iterations, warmup);
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        output.WriteLine($"{iterations} renders each after {warmup} warm-up, one thread");
        output.WriteLine($"pages: clinician {renderer.Render(clinician).Pages}, client {renderer.Render(client).Pages}");
        output.WriteLine("| what | bytes | mean ms | p50 ms | p95 ms | per second | KB allocated per render | gen-2 GCs |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        Row(output, "bare one-page PDFsharp document", bare);
        Row(output, "progress report, clinician, 52 weeks", full);
        Row(output, "progress report, client, 52 weeks", plain);
        var ratio = full.P95 / bare.P95;
        output.WriteLine($"renderer p95 / bare page p95: {ratio:F1}x (target within 10x: {(ratio <= 10 ? "met" : "missed")})");
        return 0;
    }

    private static byte[] BarePage()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString("Progress report", EmbeddedFonts.Font(12), XBrushes.Black, new XPoint(42, 60));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private sealed record Timing(int Bytes, double Mean, double P50, double P95, double AllocatedKb, int Gen2);

    private static Timing Time(Func<byte[]> render, int iterations, int warmup)
    {
        byte[] last = [];
        for (var i = 0; i < warmup; i++)
        {
            last = render();
        }

        var samples = new double[iterations];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            last = render();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var allocatedKb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / iterations;
        gen2 = GC.CollectionCount(2) - gen2;
        Array.Sort(samples);
        return new Timing(last.Length, samples.Average(), samples[iterations / 2], samples[(int)Math.Ceiling(iterations * 0.95) - 1], allocatedKb, gen2);
    }

    private static void Row(TextWriter output, string what, Timing t) =>
        output.WriteLine($"| {what} | {t.Bytes:N0} | {t.Mean:F2} | {t.P50:F2} | {t.P95:F2} | {1000 / t.Mean:F0} | {t.AllocatedKb:N0} | {t.Gen2} |");
}
