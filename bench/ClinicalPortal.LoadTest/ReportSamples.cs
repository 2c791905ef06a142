using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClinicalPortal.Application.Reports;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The sample progress reports of docs/samples, made by the product from its demo data: the API's Development build
/// started on the given database in Development, so its own start-up seeds the demo data (<see cref="DemoDataStartup"/>,
/// as <c>dotnet run --project src/ClinicalPortal.Api</c> does on a fresh database); each demo clinician signed in at
/// the real token endpoint; the demo client with the most questionnaire results (found through the API); the period
/// from their first result to their today; their reflections and the alerts with notes (found through the API)
/// included; the clinician report from <c>POST /api/v1/clients/{id}/progress-reports</c> and, signed in as the client,
/// the client's own from <c>POST /api/v1/me/progress-report</c>. Each PDF is written into the folder with its pages as
/// PNG (poppler's <c>pdftoppm -png -r 80</c>), the previous pages of that name removed first.
/// </summary>
internal static partial class ReportSamples
{
    /// <summary>The build that contains the Development tools (the demo seeder); a Release build of the API leaves them out.</summary>
    public const string ApiConfiguration = "Debug";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<int> RunAsync(string folder, string root, string connectionString, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        await using var api = await ApiHost.StartAsync(root, connectionString, ct, settings: new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = DemoData.DefaultPassword,
            // The mail and SMS catchers on free ports: a developer's running instance may hold the usual ones.
            ["Smtp__CatcherPort"] = "0",
            ["Sms__CatcherPort"] = "0",
        }, configuration: ApiConfiguration);
        try
        {
            using var http = PortalHttp.NewClient(api.BaseAddress);
            var chosen = await RichestClientAsync(http, ct);
            var client = chosen.Client;
            var name = $"{client.GetProperty("givenName").GetString()} {client.GetProperty("familyName").GetString()}";
            var id = client.GetProperty("id").GetGuid();
            var zone = TimeZoneInfo.FindSystemTimeZoneById(client.GetProperty("timeZone").GetString()!);
            var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(chosen.FirstResultAt, zone).DateTime);
            var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
            var reflections = await ReflectionIdsAsync(http, chosen.Token, id, from, to, ct);
            var alertNotes = await AlertNoteIdsAsync(http, chosen.Token, id, from, zone, ct);
            Console.WriteLine($"Demo client {name} ({chosen.Results} results), clinician {chosen.ClinicianEmail}; period {Day(from)} to {Day(to)}; " +
                              $"{reflections.Count} reflection(s), {alertNotes.Count} alert(s) with notes included.");

            var clinicianPdf = await ReportAsync(http, chosen.Token, $"api/v1/clients/{id:D}/progress-reports", new Dictionary<string, object>
            {
                ["from"] = Day(from), ["to"] = Day(to), ["audience"] = "clinician",
                ["includeReflectionIds"] = reflections, ["includeAlertNoteIds"] = alertNotes,
            }, ct);
            Write(folder, "progress-report-clinician", clinicianPdf);

            var clientToken = await TokenAsync(http, client.GetProperty("email").GetString()!, ct);
            var clientPdf = await ReportAsync(http, clientToken, "api/v1/me/progress-report", new Dictionary<string, object>
            {
                ["from"] = Day(from), ["to"] = Day(to), ["includeReflectionIds"] = reflections,
            }, ct);
            Write(folder, "progress-report-client", clientPdf);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine("Last output of the API:");
            Console.Error.WriteLine(api.RecentOutput);
            throw;
        }
    }

    /// <summary>
    /// The PDF of a report response, checked: 200, application/pdf, and a Repr-Digest that is the SHA-256 of the bytes
    /// received (the digest the disclosure record holds).
    /// </summary>
    public static async Task<byte[]> CheckedPdfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var pdf = await response.Content.ReadAsByteArrayAsync(ct);
        var digest = response.Headers.TryGetValues("Repr-Digest", out var values) ? values.Single() : "";
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/pdf" ||
            digest != $"sha-256=:{Convert.ToBase64String(SHA256.HashData(pdf))}:")
        {
            throw new InvalidOperationException(
                $"the report request answered {(int)response.StatusCode} {response.Content.Headers.ContentType} {digest} {(pdf.Length < 2000 ? Encoding.UTF8.GetString(pdf) : "")}");
        }

        return pdf;
    }

    private sealed record Candidate(string ClinicianEmail, AuthenticationHeaderValue Token, JsonElement Client, int Results, DateTimeOffset FirstResultAt);

    /// <summary>Of every demo clinician's caseload, the client with the most results (the first of a tie, in the accounts' and the list's order).</summary>
    private static async Task<Candidate> RichestClientAsync(HttpClient http, CancellationToken ct)
    {
        Candidate? best = null;
        foreach (var account in DemoData.Accounts.Where(a => a.Role == Role.Clinician))
        {
            var token = await TokenAsync(http, account.Email, ct);
            using var clients = await GetAsync(http, token, "api/v1/clients?limit=500", ct);
            foreach (var client in clients.RootElement.EnumerateArray())
            {
                using var results = await GetAsync(http, token, $"api/v1/clients/{client.GetProperty("id").GetGuid():D}/assessments", ct);
                var count = results.RootElement.GetArrayLength();
                if (count > (best?.Results ?? 0))
                {
                    var first = results.RootElement.EnumerateArray().Min(r => r.GetProperty("submittedAt").GetDateTimeOffset());
                    best = new Candidate(account.Email, token, client.Clone(), count, first);
                }
            }
        }

        return best ?? throw new InvalidOperationException("no demo client has a questionnaire result: was the demo data seeded?");
    }

    /// <summary>The client's completed homework of the period with a reflection, as their clinician sees it.</summary>
    private static async Task<List<Guid>> ReflectionIdsAsync(
        HttpClient http, AuthenticationHeaderValue token, Guid client, DateOnly from, DateOnly to, CancellationToken ct)
    {
        using var tasks = await GetAsync(http, token, $"api/v1/clients/{client:D}/homework?from={Day(from)}&to={Day(to)}", ct);
        return [.. tasks.RootElement.EnumerateArray()
            .Where(t => t.GetProperty("reflection").ValueKind == JsonValueKind.String)
            .Select(t => t.GetProperty("id").GetGuid())
            .Take(ReportPeriod.MaxIncluded)];
    }

    /// <summary>The client's alerts open at some time since <paramref name="from"/> whose timeline holds a note.</summary>
    private static async Task<List<Guid>> AlertNoteIdsAsync(
        HttpClient http, AuthenticationHeaderValue token, Guid client, DateOnly from, TimeZoneInfo zone, CancellationToken ct)
    {
        using var alerts = await GetAsync(http, token, $"api/v1/alerts?clientId={client:D}&status=all&limit=500", ct);
        var ids = new List<Guid>();
        foreach (var alert in alerts.RootElement.EnumerateArray())
        {
            if (alert.GetProperty("resolvedAt") is { ValueKind: JsonValueKind.String } resolved &&
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(resolved.GetDateTimeOffset(), zone).DateTime) < from)
            {
                continue;
            }

            var id = alert.GetProperty("id").GetGuid();
            using var one = await GetAsync(http, token, $"api/v1/alerts/{id:D}", ct);
            if (one.RootElement.GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "NoteAdded"))
            {
                ids.Add(id);
            }
        }

        return [.. ids.Take(ReportPeriod.MaxIncluded)];
    }

    private static async Task<AuthenticationHeaderValue> TokenAsync(HttpClient http, string email, CancellationToken ct) =>
        new("Bearer", await PortalHttp.TokenAsync(http, email, ct, DemoData.DefaultPassword));

    private static async Task<JsonDocument> GetAsync(HttpClient http, AuthenticationHeaderValue token, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)) { Headers = { Authorization = token } };
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body)
            : throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<byte[]> ReportAsync(
        HttpClient http, AuthenticationHeaderValue token, string path, Dictionary<string, object> body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body)) { Headers = { ContentType = Json } },
            Headers = { Authorization = token },
        };
        using var response = await http.SendAsync(request, ct);
        return await CheckedPdfAsync(response, ct);
    }

    /// <summary>The PDF as <c>name.pdf</c>, and its pages as <c>name-1.png</c> ... after removing the pages of an earlier run.</summary>
    private static void Write(string folder, string name, byte[] pdf)
    {
        foreach (var old in Directory.EnumerateFiles(folder, name + "-*.png").Where(f => PageFile().IsMatch(Path.GetFileName(f)[name.Length..])))
        {
            File.Delete(old);
        }

        var pdfPath = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        Process pdftoppm;
        try
        {
            pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "80", pdfPath, Path.Combine(folder, name)]) { UseShellExecute = false })!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("pdftoppm did not start: install poppler (apt-get install -y poppler-utils).", ex);
        }

        using (pdftoppm)
        {
            pdftoppm.WaitForExit();
            if (pdftoppm.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm {pdfPath} failed with exit code {pdftoppm.ExitCode}.");
            }
        }

        var pages = Directory.EnumerateFiles(folder, name + "-*.png").Count(f => PageFile().IsMatch(Path.GetFileName(f)[name.Length..]));
        Console.WriteLine($"{pdfPath}: {pdf.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {pages} page(s) as PNG");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What pdftoppm appends to the name for a page: "-1.png", or "-01.png" for a document of 10 pages or more.</summary>
    [GeneratedRegex(@"^-[0-9]+\.png$")]
    private static partial Regex PageFile();
}
