using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The alert calls the tests make, and reads of the rows behind them.</summary>
public static class AlertApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A PHQ-9 with item 9 answered <paramref name="item9"/> (1: Elevated, 2 or 3: High).</summary>
    public static Task<HttpResponseMessage> SubmitPhq9Async(this HttpClient http, Guid clientId, int item9) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/assessments", new { instrument = "PHQ-9", answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, item9 } }, Ct);

    public static async Task<JsonElement> OkJsonAsync(this Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<HttpStatusCode> StatusAsync(this Task<HttpResponseMessage> call)
    {
        using var response = await call;
        return response.StatusCode;
    }

    public static Task<HttpResponseMessage> AcknowledgeAsync(this HttpClient http, Guid alertId) =>
        http.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null, Ct);

    /// <summary>
    /// Resolves as a page does: the body as given, with the <c>expectedVersion</c> the caller reads now unless the body
    /// names one (a caller who cannot read the alert sends version 1, so the request is well formed and reach decides).
    /// </summary>
    public static async Task<HttpResponseMessage> ResolveAsync(this HttpClient http, Guid alertId, object body)
    {
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        if (!json.ContainsKey("expectedVersion"))
        {
            json["expectedVersion"] = await VersionAsync(http, alertId) ?? 1;
        }

        return await http.PostAsJsonAsync($"/api/v1/alerts/{alertId}/resolve", json, Ct);
    }

    /// <summary>
    /// A documented risk assessment, as closing a High or Imminent alert needs (the next contact a month ahead of the real
    /// clock; no safety plan reviewed, as the test clients have none on file).
    /// </summary>
    public static object Assessment => new
    {
        level = "Low", rationale = "Denies intent; protective factors named.", safetyPlanReviewed = false, meansCounselling = true,
        nextContactAt = DateTimeOffset.UtcNow.AddDays(30),
    };

    /// <summary>Posts the body exactly as given.</summary>
    public static Task<HttpResponseMessage> ResolveAsIsAsync(this HttpClient http, Guid alertId, object body) =>
        http.PostAsJsonAsync($"/api/v1/alerts/{alertId}/resolve", body, Ct);

    public static Task<HttpResponseMessage> ContactAsync(this HttpClient http, Guid alertId, object body) =>
        http.PostAsJsonAsync($"/api/v1/alerts/{alertId}/contacts", body, Ct);

    /// <summary>The alert's version as the caller reads it; null when the caller cannot read it.</summary>
    public static async Task<int?> VersionAsync(this HttpClient http, Guid alertId)
    {
        using var response = await http.GetAsync($"/api/v1/alerts/{alertId}", Ct);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("version").GetInt32()
            : null;
    }

    public static Task<HttpResponseMessage> NoteAsync(this HttpClient http, Guid alertId, string text) =>
        http.PostAsJsonAsync($"/api/v1/alerts/{alertId}/notes", new { text }, Ct);

    public static Task<HttpResponseMessage> GetAlertAsync(this HttpClient http, Guid alertId) => http.GetAsync($"/api/v1/alerts/{alertId}", Ct);

    /// <summary>The client's one unresolved alert id (the database holds at most one).</summary>
    public static async Task<Guid> AlertOfAsync(this IPortalDatabase app, Guid clientId) =>
        (Guid)Assert.Single(await app.RowsAsync("SELECT id FROM alerts WHERE client_id = @c AND status <> 'Resolved'", ("c", clientId)))["id"]!;

    /// <summary>Who was notified in each round, as (round, recipient) pairs, in round order.</summary>
    public static async Task<List<(int Round, Guid Recipient)>> NotifiedAsync(this IPortalDatabase app, Guid alertId) =>
        (await app.RowsAsync("SELECT round, recipient_user_id FROM notifications WHERE alert_id = @a ORDER BY round, recipient_user_id", ("a", alertId)))
        .Select(r => ((int)r["round"]!, (Guid)r["recipient_user_id"]!)).ToList();

    public static async Task<List<string>> TimelineKindsAsync(this IPortalDatabase app, Guid alertId) =>
        (await app.RowsAsync("SELECT kind FROM alert_events WHERE alert_id = @a ORDER BY sequence", ("a", alertId)))
        .Select(r => (string)r["kind"]!).ToList();
}
