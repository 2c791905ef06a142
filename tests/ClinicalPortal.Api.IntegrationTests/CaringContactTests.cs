using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// What follows a closed High or Imminent alert (issue 18): check-ins to the client at 24 and 72 hours through the
/// outbox and the client's home, a safety-plan review, and "not OK" raising a new alert.
/// </summary>
public sealed class CaringContactTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClosingAHighAlert_PlansTwoCheckInsAndAReview_EachReachesTheClientWhenDue_AndNotOkRaisesANewAlert()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created); // High
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);
        await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        var resolved = await clinician.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe at home tonight.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();
        var closed = resolved.GetProperty("resolvedAt").GetDateTimeOffset();
        Assert.Equal(
            [("CheckIn", closed.AddHours(24), "Planned"), ("CheckIn", closed.AddHours(72), "Planned"), ("SafetyPlanReview", closed.AddDays(7), "Planned")],
            FollowUps(resolved));
        var audited = Assert.Single(await portal.RowsAsync(
            "SELECT details::text AS d FROM audit_events WHERE action = 'alert.resolve' AND resource_id = @a", ("a", alert.ToString())));
        Assert.Contains("SafetyPlanReview", (string)audited["d"]!, StringComparison.Ordinal);

        // Nothing shows, and nothing is sent, before the first one is due.
        Assert.Empty((await client.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray());
        await portal.DispatchAsync();
        Assert.DoesNotContain(app.Mail.Messages, m => m.To.Contains(org.ClientA1.Email) && m.Subject.Contains("message from your care team", StringComparison.Ordinal));

        portal.Clock.Advance(TimeSpan.FromHours(24));
        var due = Assert.Single((await client.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal("How are you doing today?", due.GetProperty("question").GetString());
        var first = due.GetProperty("id").GetGuid();
        await portal.DispatchAsync();
        var mail = await app.Mail.WaitForAsync(
            m => m.To.Contains(org.ClientA1.Email) && m.Subject == "ClinicalPortal: a message from your care team", TimeSpan.FromSeconds(30));
        foreach (var word in new[] { "Alpha", "alert", "risk", "suicid", "PHQ" })
        {
            Assert.DoesNotContain(word, mail.TextBody, StringComparison.OrdinalIgnoreCase);
        }

        var ok = await client.PostAsJsonAsync($"/api/v1/me/check-ins/{first}", new { answer = "Ok" }, Ct).OkJsonAsync();
        Assert.Equal("Ok", ok.GetProperty("checkIn").GetProperty("answer").GetString());
        Assert.NotEmpty(ok.GetProperty("help").GetProperty("crisisResources").GetProperty("contacts").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, await client.PostAsJsonAsync($"/api/v1/me/check-ins/{first}", new { answer = "NotOk" }, Ct).StatusAsync());
        Assert.Empty((await client.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND status <> 'Resolved'", ("c", org.ClientA1.Id)));

        // The second one, 72 hours after the close: "not OK" raises a High alert at once and answers with the crisis lines.
        portal.Clock.Advance(TimeSpan.FromHours(48));
        var second = Assert.Single((await client.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray()).GetProperty("id").GetGuid();
        var notOk = await client.PostAsJsonAsync($"/api/v1/me/check-ins/{second}", new { answer = "NotOk" }, Ct).OkJsonAsync();
        Assert.Contains("may not see it straight away", notOk.GetProperty("help").GetProperty("crisisResources").GetProperty("notice").GetString(), StringComparison.Ordinal);
        var raised = await portal.AlertOfAsync(org.ClientA1.Id);
        Assert.NotEqual(alert, raised);
        var raisedRow = Assert.Single(await portal.RowsAsync("SELECT tier, status FROM alerts WHERE id = @a", ("a", raised)));
        Assert.Equal(("High", "Open"), ((string)raisedRow["tier"]!, (string)raisedRow["status"]!));
        var source = Assert.Single(await portal.RowsAsync("SELECT source, reference_id FROM alert_events WHERE alert_id = @a AND kind = 'Raised'", ("a", raised)));
        Assert.Equal(("CheckIn", second), ((string)source["source"]!, (Guid)source["reference_id"]!));
        Assert.NotEmpty(await portal.NotifiedAsync(raised));

        // Saving the safety plan with the client is the review.
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new { copingStrategies = new[] { "Call my sister" } }, Ct)
            .OkJsonAsync(HttpStatusCode.Created);
        var after = await clinician.GetAlertAsync(alert).OkJsonAsync();
        Assert.Equal(["AnsweredOk", "AnsweredNotOk", "Done"], after.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("state").GetString()));
        var followUps = after.GetProperty("followUps").EnumerateArray().ToList();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, followUps[0].GetProperty("messagedAt").ValueKind);
        Assert.Equal(raised, followUps[1].GetProperty("raisedAlertId").GetGuid());
        Assert.Equal(1, followUps[2].GetProperty("safetyPlanVersion").GetInt32());

        // The background work is audited as the system actor, for the client; the client's answers as theirs.
        var worker = await portal.RowsAsync(
            "SELECT actor_client_app, subject_client_id, outcome FROM audit_events WHERE organization_id = @o AND action = 'check_in.message'", ("o", org.Id));
        Assert.NotEmpty(worker);
        Assert.All(worker, e => Assert.Equal(("system:caring-contacts", org.ClientA1.Id, "Success"), ((string)e["actor_client_app"]!, (Guid)e["subject_client_id"]!, (string)e["outcome"]!)));
        Assert.Equal(2, await portal.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'check_in.answer' AND actor_user_id = @u AND outcome = 'Success'",
            ("o", org.Id), ("u", org.ClientA1.UserId)));
    }

    [Fact]
    public async Task AnElevatedAlert_OrAFalsePositive_PlansNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created); // Elevated
        var elevated = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        var resolved = await clinician.ResolveAsync(elevated, new { disposition = "ContactedSafe", note = "Talked it through." }).OkJsonAsync();
        Assert.Empty(resolved.GetProperty("followUps").EnumerateArray());

        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created); // High
        var high = await app.AlertOfAsync(org.ClientA1.Id);
        await clinician.ResolveAsync(high, new { disposition = "FalsePositive", note = "Answered the wrong question, confirmed by phone.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();
        using var supervisor = await org.As(org.Supervisor);
        var cosigned = await supervisor.PostAsJsonAsync($"/api/v1/alerts/{high}/cosign", new { note = "Agree.", expectedVersion = await supervisor.VersionAsync(high) }, Ct)
            .OkJsonAsync();
        Assert.Equal("Resolved", cosigned.GetProperty("status").GetString());
        Assert.Empty(cosigned.GetProperty("followUps").EnumerateArray());
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM caring_contacts WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task ACheckIn_IsAnsweredOnlyByItsClient_WithOneOfTheTwoAnswers_AndARefusalChangesNothing()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // Imminent
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);
        var resolved = await clinician.ResolveAsync(alert, new { disposition = "EmergencyReferral", note = "Went to A&E with her partner.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();
        var checkIn = resolved.GetProperty("followUps")[0].GetProperty("id").GetGuid();
        var url = $"/api/v1/me/check-ins/{checkIn}";

        // Not due yet: not there.
        Assert.Equal(HttpStatusCode.NotFound, await client.PostAsJsonAsync(url, new { answer = "Ok" }, Ct).StatusAsync());
        portal.Clock.Advance(TimeSpan.FromHours(25));

        var missing = await client.PostAsJsonAsync(url, new { }, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("answer", out _));
        var wrong = await client.PostAsJsonAsync(url, new { answer = "Maybe" }, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("answer", out _));
        using var other = await portal.As(org.ClientA2);
        Assert.Equal(HttpStatusCode.NotFound, await other.PostAsJsonAsync(url, new { answer = "NotOk" }, Ct).StatusAsync());
        Assert.Empty((await other.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.PostAsJsonAsync(url, new { answer = "Ok" }, Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.GetAsync("/api/v1/me/check-ins", Ct).StatusAsync());

        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM caring_contacts WHERE id = @i AND answer IS NOT NULL", ("i", checkIn)));
        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND status <> 'Resolved'", ("c", org.ClientA1.Id)));
        Assert.Single((await client.GetAsync("/api/v1/me/check-ins", Ct).OkJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task TheSameAnswer_PostedTwiceAtOnce_IsRecordedOnce_AndRaisesOneAlert()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created); // High
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);
        var resolved = await clinician.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe with family.", riskAssessment = AlertApi.Assessment })
            .OkJsonAsync();
        var url = $"/api/v1/me/check-ins/{resolved.GetProperty("followUps")[0].GetProperty("id").GetGuid()}";
        portal.Clock.Advance(TimeSpan.FromHours(24));

        var both = await Task.WhenAll(
            client.PostAsJsonAsync(url, new { answer = "NotOk" }, Ct).StatusAsync(), client.PostAsJsonAsync(url, new { answer = "NotOk" }, Ct).StatusAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Order());
        Assert.Equal(1, await portal.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND status <> 'Resolved'", ("c", org.ClientA1.Id)));
        Assert.Equal(1, await portal.CountAsync(
            "SELECT count(*) FROM alert_events e JOIN alerts a ON a.id = e.alert_id WHERE a.client_id = @c AND e.source = 'CheckIn'", ("c", org.ClientA1.Id)));
    }

    private static List<(string?, DateTimeOffset, string?)> FollowUps(System.Text.Json.JsonElement alert) =>
        alert.GetProperty("followUps").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString(), f.GetProperty("dueAt").GetDateTimeOffset(), f.GetProperty("state").GetString())).ToList();
}
