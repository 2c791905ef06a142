using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Closing an alert: a disposition and a note; "unable to reach" becomes a follow-up deadline; nothing is deleted.</summary>
public sealed class AlertResolutionTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ContactedSafe")]
    [InlineData("SafetyPlanReviewed")]
    [InlineData("EmergencyReferral")]
    [InlineData("FalsePositive")]
    public async Task Resolving_NeedsADispositionAndANote_AndAcknowledgesAnOpenAlertFirst(string disposition)
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created); // Elevated: no assessment needed
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        var resolved = await clinician.ResolveAsync(alert, new { disposition, note = "Spoke with the client at 14:10." }).OkJsonAsync();

        Assert.Equal(("Resolved", disposition), (resolved.GetProperty("status").GetString(), resolved.GetProperty("disposition").GetString()));
        Assert.Equal(org.ClinicianA.Id, resolved.GetProperty("resolvedBy").GetGuid());
        Assert.Equal(org.ClinicianA.Id, resolved.GetProperty("acknowledgedBy").GetGuid());
        Assert.Equal(JsonNull, resolved.GetProperty("nextDeadlineAt").ValueKind);
        var kinds = resolved.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Raised", "Notified", "Acknowledged", "Resolved"], kinds);
        Assert.Equal("Spoke with the client at 14:10.", resolved.GetProperty("timeline")[3].GetProperty("text").GetString());

        // Resolved is final: a second resolution or acknowledgement is refused by name; notes still go on the record.
        var again = await clinician.ResolveAsync(alert, new { disposition, note = "again" }).OkJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("alert.resolved", again.GetProperty("code").GetString());
        Assert.Equal("alert.resolved", (await clinician.AcknowledgeAsync(alert).OkJsonAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var noted = await clinician.NoteAsync(alert, "Follow-up call on Friday went well.").OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("NoteAdded", noted.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND fired_at IS NULL AND cancelled_at IS NULL", ("a", alert)));
    }

    [Fact]
    public async Task BadResolutions_AreFourHundreds_NamingTheField_AndChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        async Task Refused(object body, string field)
        {
            var problem = await clinician.ResolveAsync(alert, body).OkJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        await Refused(new { disposition = "Fine", note = "x" }, "disposition");
        await Refused(new { disposition = "ContactedSafe", note = "" }, "note");
        await Refused(new { disposition = "UnableToReach", note = "no answer" }, "followUpAt");
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = "tomorrow" }, "followUpAt");
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = DateTimeOffset.UtcNow.AddHours(-1) }, "followUpAt");
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = DateTimeOffset.UtcNow.AddDays(120) }, "followUpAt");
        await Refused(new { disposition = "ContactedSafe", note = "safe", followUpAt = DateTimeOffset.UtcNow.AddDays(1) }, "followUpAt");
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = DateTimeOffset.UtcNow.AddHours(2) }, "channel");
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = DateTimeOffset.UtcNow.AddHours(2), channel = "Pigeon" }, "channel");
        await Refused(new { disposition = "ContactedSafe", note = "safe", channel = "Phone" }, "channel");
        // A High alert is tried again within 24 hours (the domain's bound for the tier; 7 days is the most for any tier).
        await Refused(new { disposition = "UnableToReach", note = "no answer", followUpAt = DateTimeOffset.UtcNow.AddHours(25), channel = "Phone" }, "followUpAt");
        var unversioned = await clinician.ResolveAsIsAsync(alert, new { disposition = "ContactedSafe", note = "safe" }).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unversioned.GetProperty("errors").TryGetProperty("expectedVersion", out _), unversioned.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, await clinician.NoteAsync(alert, "").StatusAsync());
        Assert.Equal(HttpStatusCode.BadRequest, await clinician.NoteAsync(alert, "bad\u0000byte").StatusAsync());

        Assert.Equal(["Raised", "Notified"], await app.TimelineKindsAsync(alert));
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
    }

    [Fact]
    public async Task UnableToReach_KeepsItAcknowledged_AndTheFollowUpOpensItAgain()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);
        var followUp = portal.Clock.GetUtcNow().AddHours(4);

        var parked = await clinician.ResolveAsync(alert, new { disposition = "UnableToReach", note = "Two calls, voicemail left.", followUpAt = followUp, channel = "Phone" })
            .OkJsonAsync();
        Assert.Equal("Acknowledged", parked.GetProperty("status").GetString());
        Assert.Equal(followUp, parked.GetProperty("followUpAt").GetDateTimeOffset());
        Assert.Equal(followUp, parked.GetProperty("nextDeadlineAt").GetDateTimeOffset());

        portal.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);

        var reopened = await clinician.GetAlertAsync(alert).OkJsonAsync();
        Assert.Equal("Open", reopened.GetProperty("status").GetString());
        Assert.Equal(JsonNull, reopened.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal(portal.Clock.GetUtcNow().AddMinutes(60), reopened.GetProperty("nextDeadlineAt").GetDateTimeOffset());
        Assert.Equal(2, (await portal.NotifiedAsync(alert)).Count(n => n.Recipient == org.ClinicianA.Id));
        Assert.Contains("Reopened", await portal.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task Discharge_IsRefused_WhileTheClientHasAnUnresolvedAlert()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created);
        using var clinician = await org.As(org.ClinicianA);

        var refused = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/discharge", new { reason = "Course completed" }, Ct)
            .OkJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("client.alert_unresolved", refused.GetProperty("code").GetString());
        Assert.Equal("Active", (string)(await app.RowsAsync("SELECT status FROM clients WHERE id = @c", ("c", org.ClientA1.Id)))[0]["status"]!);

        await clinician.ResolveAsync(await app.AlertOfAsync(org.ClientA1.Id), new { disposition = "ContactedSafe", note = "Safe." }).OkJsonAsync();
        await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/discharge", new { reason = "Course completed" }, Ct).OkJsonAsync();
    }

    [Fact]
    public async Task TheInbox_ListsUnreadFirst_AndMarksRead()
    {
        var org = await app.CreateOrgAsync();
        using var clientA1 = await org.As(org.ClientA1);
        using var clientA2 = await org.As(org.ClientA2);
        await clientA1.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        await clientA2.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        using var clinician = await org.As(org.ClinicianA);

        var inbox = (await clinician.GetAsync("/api/v1/me/notifications", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["Imminent", "High"], inbox.Select(n => n.GetProperty("tier").GetString())); // newest first
        Assert.All(inbox, n => Assert.Equal("Clinician", n.GetProperty("reason").GetString()));
        var older = inbox[1].GetProperty("id").GetGuid();
        var read = await clinician.PostAsync($"/api/v1/me/notifications/{older}/read", null, Ct).OkJsonAsync();
        Assert.NotEqual(JsonNull, read.GetProperty("readAt").ValueKind);

        Assert.Single((await clinician.GetAsync("/api/v1/me/notifications?unread=true", Ct).OkJsonAsync()).EnumerateArray());
        var again = (await clinician.GetAsync("/api/v1/me/notifications", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(JsonNull, again[0].GetProperty("readAt").ValueKind); // unread first
        Assert.Equal(older, again[1].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, await clinician.GetAsync("/api/v1/me/notifications?unread=maybe", Ct).StatusAsync());
    }

    [Fact]
    public async Task Metrics_CountPerTier_TimeToAcknowledgeAndResolve_AndMissedDeadlines_PerClinician()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        var start = portal.Clock.GetUtcNow();
        using var clientA1 = await portal.As(org.ClientA1);
        using var clientB1 = await portal.As(org.ClientB1);
        using var clinicianA = await portal.As(org.ClinicianA);
        using var clinicianB = await portal.As(org.ClinicianB);
        await clientA1.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);     // High, clinician A
        await clientB1.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // Imminent, clinician B
        var a1 = await portal.AlertOfAsync(org.ClientA1.Id);
        var b1 = await portal.AlertOfAsync(org.ClientB1.Id);

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await clinicianA.AcknowledgeAsync(a1).OkJsonAsync();                  // A: 10 minutes
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);                 // B missed its 15 minutes
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await clinicianB.AcknowledgeAsync(b1).OkJsonAsync();                  // B: 30 minutes
        await clinicianA.ResolveAsync(a1, new { disposition = "ContactedSafe", note = "Safe.", riskAssessment = AlertApi.Assessment }).OkJsonAsync(); // A resolved at 30

        using var supervisor = await portal.As(org.Supervisor);
        var from = Uri.EscapeDataString(start.AddMinutes(-1).ToString("O"));
        var to = Uri.EscapeDataString(portal.Clock.GetUtcNow().AddMinutes(1).ToString("O"));
        var metrics = await supervisor.GetAsync($"/api/v1/alerts/metrics?from={from}&to={to}", Ct).OkJsonAsync();

        Assert.Equal(2, metrics.GetProperty("raised").GetInt32());
        Assert.Equal((1, 1, 0), (metrics.GetProperty("raisedByTier").GetProperty("Imminent").GetInt32(),
            metrics.GetProperty("raisedByTier").GetProperty("High").GetInt32(), metrics.GetProperty("raisedByTier").GetProperty("Elevated").GetInt32()));
        var ack = metrics.GetProperty("timeToAcknowledge");
        Assert.Equal((2, 20.0, 28.0, 30.0), (ack.GetProperty("count").GetInt32(), ack.GetProperty("medianMinutes").GetDouble(),
            ack.GetProperty("p90Minutes").GetDouble(), ack.GetProperty("maxMinutes").GetDouble()));
        Assert.Equal((1, 30.0), (metrics.GetProperty("timeToResolve").GetProperty("count").GetInt32(),
            metrics.GetProperty("timeToResolve").GetProperty("maxMinutes").GetDouble()));
        Assert.Equal(1, metrics.GetProperty("deadlinesMissed").GetInt32());
        Assert.Equal(1, metrics.GetProperty("unresolved").GetInt32());
        var perClinician = metrics.GetProperty("perClinician").EnumerateArray().ToDictionary(c => c.GetProperty("clinicianId").GetGuid());
        Assert.Equal(0, perClinician[org.ClinicianA.Id].GetProperty("deadlinesMissed").GetInt32());
        Assert.Equal(1, perClinician[org.ClinicianB.Id].GetProperty("deadlinesMissed").GetInt32());
        Assert.Equal(10.0, perClinician[org.ClinicianA.Id].GetProperty("timeToAcknowledge").GetProperty("medianMinutes").GetDouble());

        // The range is checked: to before from, or more than a year, is a 400 naming it.
        Assert.Equal(HttpStatusCode.BadRequest, await supervisor.GetAsync($"/api/v1/alerts/metrics?from={to}&to={from}", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.BadRequest, await supervisor.GetAsync("/api/v1/alerts/metrics?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", Ct).StatusAsync());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
