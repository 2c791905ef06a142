using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Calls of the progress-report tests: ask for a report, get its bytes and text.</summary>
public static class ReportApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> ReportAsync(this HttpClient http, Guid clientId, object? body = null) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/progress-reports", body ?? new { }, Ct);

    public static Task<HttpResponseMessage> MyReportAsync(this HttpClient http, object? body = null) =>
        http.PostAsJsonAsync("/api/v1/me/progress-report", body ?? new { }, Ct);

    /// <summary>A 200 PDF whose Repr-Digest is the SHA-256 of its bytes; the bytes, the hash (hex) and the disclosure id.</summary>
    public static async Task<(byte[] Pdf, string Sha256, Guid Disclosure)> PdfAsync(this Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var hash = SHA256.HashData(bytes);
        Assert.Equal($"sha-256=:{Convert.ToBase64String(hash)}:", response.Headers.GetValues("Repr-Digest").Single());
        return (bytes, Convert.ToHexStringLower(hash), Guid.Parse(response.Headers.GetValues("X-Disclosure-Id").Single()));
    }

    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    public static string Text(byte[] pdf) => string.Join(" ", PageTexts(pdf));
}
