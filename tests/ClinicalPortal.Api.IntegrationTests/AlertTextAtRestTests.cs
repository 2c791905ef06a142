using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>An alert's free text (the client's message, notes, the assessment's rationale) is ciphertext at rest (ADR 0014).</summary>
public sealed class AlertTextAtRestTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHelpMessage_Notes_AndTheRationale_AreStoredEncrypted_AndReadBackInClear()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.PostAsJsonAsync("/api/v1/me/crisis", new { message = "I cannot keep myself safe tonight" }, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        await clinician.NoteAsync(alert, "Called the sister at 21:00.").OkJsonAsync(HttpStatusCode.Created);
        await clinician.ContactAsync(alert, new { channel = "Phone", reached = true, note = "Spoke for an hour." }).OkJsonAsync(HttpStatusCode.Created);
        var resolved = await clinician.ResolveAsync(alert, new
        {
            disposition = "ContactedSafe", note = "Safe with her sister tonight.",
            riskAssessment = new { level = "Moderate", rationale = "Sister staying; means removed.", safetyPlanReviewed = false, meansCounselling = true, nextContactAt = DateTimeOffset.UtcNow.AddDays(1) },
        }).OkJsonAsync();

        var texts = resolved.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text")).Where(t => t.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(t => t.GetString()).ToList();
        Assert.Equal(["I cannot keep myself safe tonight", "Called the sister at 21:00.", "Spoke for an hour.", "Safe with her sister tonight."], texts);
        Assert.Equal("Sister staying; means removed.", resolved.GetProperty("riskAssessment").GetProperty("rationale").GetString());

        var stored = await app.RowsAsync("SELECT text_protected FROM alert_events WHERE alert_id = @a AND text_protected IS NOT NULL", ("a", alert));
        Assert.Equal(4, stored.Count);
        Assert.All(stored, r => Assert.StartsWith("CfDJ8", (string)r["text_protected"]!, StringComparison.Ordinal));
        var assessment = (string)(await app.RowsAsync("SELECT risk_assessment::text AS r FROM alerts WHERE id = @a", ("a", alert)))[0]["r"]!;
        Assert.DoesNotContain("Sister", assessment, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"Moderate\"", assessment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextStoredInClearBeforeTheChange_IsEncryptedAtStartUp_AndStillReads()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        // A note as an earlier version stored it: in clear.
        await using (var db = await app.OpenDbAsync())
        {
            await using var insert = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO alert_events (id, alert_id, organization_id, sequence, kind, at, actor_system, text_protected)
                SELECT gen_random_uuid(), a.id, a.organization_id, 99, 'NoteAdded', now(), 'system:test', 'Legacy note in clear'
                FROM alerts a WHERE a.id = @a
                """, db);
            insert.Parameters.AddWithValue("a", alert);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await HealthTextBackfill.RunAsync(
                scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<IHealthTextProtector>(), Ct) >= 1);
        }

        var row = Assert.Single(await app.RowsAsync("SELECT text_protected FROM alert_events WHERE alert_id = @a AND sequence = 99", ("a", alert)));
        Assert.StartsWith("CfDJ8", (string)row["text_protected"]!, StringComparison.Ordinal);
        using var clinician = await org.As(org.ClinicianA);
        var read = await clinician.GetAlertAsync(alert).OkJsonAsync();
        Assert.Contains(read.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("text").GetString() == "Legacy note in clear");
    }
}
