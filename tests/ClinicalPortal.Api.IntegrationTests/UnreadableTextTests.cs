using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Application.Common.Abstractions;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Health text this server cannot decrypt (a lost or misconfigured key ring, a damaged row) or that an older instance
/// stored in clear during a rolling deploy never stops the crisis path: the client still gets the lines and the alert
/// is raised; the alert can still be acknowledged and resolved.
/// </summary>
public sealed class UnreadableTextTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Damaged = "CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task AnUnreadableSafetyPlan_StillRaisesTheAlert_AndGivesTheLines()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new { warningSigns = new[] { "Not sleeping" } }, Ct)
            .OkJsonAsync(HttpStatusCode.Created);
        await app.ExecuteAsync("UPDATE safety_plans SET warning_signs = ARRAY[@d] WHERE client_id = @c", ("d", Damaged), ("c", org.ClientA1.Id));

        using var client = await org.As(org.ClientA1);
        var help = await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        Assert.NotEmpty(help.GetProperty("crisisResources").GetProperty("contacts").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, help.GetProperty("safetyPlan").ValueKind);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND tier = 'Imminent' AND status = 'Open'", ("c", org.ClientA1.Id)));
        var resources = await client.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync();
        Assert.NotEmpty(resources.GetProperty("crisisResources").GetProperty("contacts").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, resources.GetProperty("safetyPlan").ValueKind);
    }

    [Fact]
    public async Task AnUnreadableNote_IsShownAsANotice_AndTheAlertIsStillWorked_AndANoteInClearReadsAsItIs()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        await clinician.NoteAsync(alert, "Will call at noon.").OkJsonAsync(HttpStatusCode.Created);
        await clinician.NoteAsync(alert, "Second note.").OkJsonAsync(HttpStatusCode.Created);
        await app.ExecuteAsync(
            "UPDATE alert_events SET text_protected = @d WHERE id = (SELECT id FROM alert_events WHERE alert_id = @a AND kind = 'NoteAdded' ORDER BY sequence LIMIT 1)",
            ("d", Damaged), ("a", alert));
        await app.ExecuteAsync(
            "UPDATE alert_events SET text_protected = 'Stored in clear by an older instance' WHERE id = (SELECT id FROM alert_events WHERE alert_id = @a AND kind = 'NoteAdded' ORDER BY sequence DESC LIMIT 1)",
            ("a", alert));

        var acknowledged = await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        var notes = acknowledged.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "NoteAdded")
            .Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal([HealthTextReading.Unreadable, "Stored in clear by an older instance"], notes);
        Assert.Equal(HttpStatusCode.OK, await clinician.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe.", riskAssessment = AlertApi.Assessment }).StatusAsync());
    }
}
