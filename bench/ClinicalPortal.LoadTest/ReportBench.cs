using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// End to end: <c>POST /api/v1/clients/{id}/progress-reports</c> over HTTP by the clients' clinician, for clients with
/// a year of data each (<see cref="YearOfData"/>), the period being that whole year; one worker for latency, then
/// <c>--concurrency</c> workers for reports per second; then, in the same run, the renderer alone against a bare
/// one-page PDFsharp document (<see cref="ReportRenderBench"/>). Target: p95 under 150 ms end to end.
/// </summary>
internal static class ReportBench
{
    public const double TargetP95Ms = 150;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<int> RunAsync(
        BenchOptions options, string root, string connectionString, IReadOnlyList<(string Name, string Value)> facts, int? postgresPid,
        CancellationToken ct)
    {
        await using var api = await ApiHost.StartAsync(root, connectionString, ct);
        Console.WriteLine($"Seeding one clinician and {options.ReportClients} clients with a year of data each ...");
        var org = await Seeding.SeedAsync(connectionString, options.ReportClients, ct);
        YearOfData.Counts? counts = null;
        for (var i = 0; i < org.Clients.Count; i++)
        {
            counts = await YearOfData.AddAsync(connectionString, org.Clients[i].ClientId, seed: i, ct);
        }

        using var http = PortalHttp.NewClient(api.BaseAddress);
        var token = new AuthenticationHeaderValue("Bearer", await PortalHttp.TokenAsync(http, org.ClinicianEmail, ct));
        var today = HomeworkStatuses.LocalDate(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Seeding.TimeZone));
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $$"""{"from":"{{today.AddDays(-YearOfData.Days):yyyy-MM-dd}}","to":"{{today:yyyy-MM-dd}}","audience":"clinician"}"""));

        HttpRequestMessage Request(int client) => new(HttpMethod.Post,
            new Uri($"api/v1/clients/{org.Clients[client].ClientId:D}/progress-reports", UriKind.Relative))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
            Headers = { Authorization = token },
        };

        // One report checked before timing: a PDF whose Repr-Digest is the SHA-256 of the bytes received.
        using (var check = await http.SendAsync(Request(0), ct))
        {
            var pdf = await ReportSamples.CheckedPdfAsync(check, ct);
            facts = [.. facts,
                ("client's year", $"{counts!.Assessments} results (PHQ-9 and GAD-7 weekly, CBI every 4 weeks), {counts.Tasks} homework tasks ({counts.Done} done, {counts.Reflections} with a reflection)"),
                ("report", $"{pdf.Length:N0} bytes, {Pages(pdf)} pages, period {today.AddDays(-YearOfData.Days):yyyy-MM-dd} to {today:yyyy-MM-dd}")];
        }

        async ValueTask<string?> ReportAsync(int worker, long iteration, CancellationToken token)
        {
            using var request = Request((int)((worker + iteration) % org.Clients.Count));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
            return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentLength > 0
                ? null
                : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }

        var cpu = new CpuSampler(api.Process, null, postgresPid);
        var warmup = TimeSpan.FromSeconds(options.Warmup);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        Console.WriteLine("Phases:");
        var one = await PhaseRunner.RunAsync("progress report, 1 worker", 1, warmup, duration, ReportAsync, cpu, ct);
        var many = await PhaseRunner.RunAsync($"progress report, {options.Concurrency} workers", options.Concurrency, warmup, duration, ReportAsync, cpu, ct);

        var w = Console.Out;
        w.WriteLine();
        w.WriteLine($"=== ClinicalPortal progress-report benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z ===");
        w.WriteLine($"settings: {options.Seconds} s measured per phase after {options.Warmup} s warm-up; POST /api/v1/clients/{{id}}/progress-reports " +
                    $"as the clinician, {options.ReportClients} clients in turn, the whole year each time");
        foreach (var (name, value) in facts)
        {
            w.WriteLine($"{name + ":",-32} {value}");
        }

        w.WriteLine();
        w.WriteLine($"{"phase",-36} {"reports",8} {"ok/s",8} {"mean ms",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var phase in new[] { one, many })
        {
            w.WriteLine($"{phase.Name,-36} {phase.Count,8} {phase.Rate,8:0.0} {phase.MeanMs,8:0.00} {phase.PercentileMs(50),8:0.00} " +
                        $"{phase.PercentileMs(95),8:0.00} {phase.PercentileMs(99),8:0.00} {phase.MaxMs,8:0.00} {phase.Errors,7}");
            foreach (var (kind, count) in phase.Failures)
            {
                w.WriteLine($"{"",-38}{kind}: {count}");
            }

            w.WriteLine($"  CPU: {phase.Cpu.Describe()}");
        }

        w.WriteLine();
        w.WriteLine("The renderer alone, in this process, in the same run:");
        ReportRenderBench.Run(w);
        var p95 = one.PercentileMs(95);
        var met = p95 < TargetP95Ms && one.Errors == 0 && many.Errors == 0;
        w.WriteLine();
        w.WriteLine($"end-to-end p95 at 1 worker: {p95:0.0} ms (target under {TargetP95Ms:0} ms: {(met ? "met" : "missed")}); " +
                    $"{many.Rate:0.0} reports per second at {options.Concurrency} workers");
        return met ? 0 : 3;
    }

    /// <summary>Page objects in the PDF: "/Type/Page" not followed by "s" (PDFsharp writes no object streams).</summary>
    private static int Pages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)");
}
