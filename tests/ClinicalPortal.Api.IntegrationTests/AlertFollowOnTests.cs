using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Acknowledging is not the end (issue 18): first contact and resolution are due from the acknowledgement, missing
/// either escalates, contacts are listed, and a decision on an older version of the alert changes nothing.
/// </summary>
public sealed class AlertFollowOnTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAcknowledgedAlert_WhoseClientIsNotReached_EscalatesToTheSupervisor_AndThenKeepsEscalating()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created); // High
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);

        var acknowledged = await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        var at = acknowledged.GetProperty("acknowledgedAt").GetDateTimeOffset();
        Assert.Equal(at.AddHours(4), acknowledged.GetProperty("nextDeadlineAt").GetDateTimeOffset());
        Assert.Equal(
            [("FirstContact", at.AddHours(4)), ("Resolution", at.AddHours(24))],
            acknowledged.GetProperty("due").EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("dueAt").GetDateTimeOffset())));

        portal.Clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await portal.FireDueAsync()).Claimed);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);

        var notified = await portal.RowsAsync(
            "SELECT recipient_user_id, missed, target FROM notifications WHERE alert_id = @a AND round > 0 ORDER BY round", ("a", alert));
        Assert.Equal([(org.Supervisor.Id, "FirstContact", "Supervisor")], notified.Select(n => ((Guid)n["recipient_user_id"]!, (string)n["missed"]!, (string)n["target"]!)));
        var escalated = await clinician.GetAlertAsync(alert).OkJsonAsync();
        Assert.Equal(("Acknowledged", "Supervisor"), (escalated.GetProperty("status").GetString(), escalated.GetProperty("escalatedTo").GetString()));
        var entry = escalated.GetProperty("timeline").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == "Escalated");
        Assert.Equal("FirstContact", entry.GetProperty("missed").GetString());

        // The supervisor's own deadline runs out too: on to on-call (nobody here) and then everyone.
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        Assert.Contains(org.ClinicianA.Id, (await portal.NotifiedAsync(alert)).Where(n => n.Round > 0).Select(n => n.Recipient));

        // Reaching the client ends the first-contact escalation; the resolution deadline still stands.
        var contacted = await clinician.ContactAsync(alert, new { channel = "Phone", reached = true, note = "Spoke for 20 minutes." })
            .OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(["Resolution"], contacted.GetProperty("due").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        var attempt = Assert.Single(contacted.GetProperty("contactAttempts").EnumerateArray());
        Assert.Equal(("Phone", true, org.ClinicianA.Id), (attempt.GetProperty("channel").GetString(), attempt.GetProperty("reached").GetBoolean(), attempt.GetProperty("by").GetProperty("userId").GetGuid()));
        portal.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await portal.FireDueAsync()).Claimed);

        portal.Clock.Advance(TimeSpan.FromHours(19));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        var missedResolution = await portal.RowsAsync(
            "SELECT count(*) AS n FROM notifications WHERE alert_id = @a AND missed = 'Resolution'", ("a", alert));
        Assert.True((long)missedResolution[0]["n"]! > 0);

        // The supervisor's e-mail says what was missed (it is sent while the alert is acknowledged), and names no client.
        await portal.DispatchAsync();
        var mail = await app.Mail.WaitForAsync(
            m => m.To.Contains(org.Supervisor.Email) && m.TextBody.Contains("nobody has recorded reaching the client", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(org.ClientA1.Email, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContact_ThatDidNotReachTheClient_IsListed_AndTheDeadlineStillRuns()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);

        // A contact on an open alert acknowledges it first.
        var tried = await clinician.ContactAsync(alert, new { channel = "TextMessage", reached = false }).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal("Acknowledged", tried.GetProperty("status").GetString());
        Assert.Equal(JsonNull, tried.GetProperty("contactedAt").ValueKind);
        Assert.Equal(["FirstContact", "Resolution"], tried.GetProperty("due").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(["Raised", "Notified", "Acknowledged", "ContactAttempted"], await portal.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task BadContacts_AreFourHundreds_NamingTheField_AndChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        async Task Refused(object body, string field)
        {
            var problem = await clinician.ContactAsync(alert, body).OkJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        await Refused(new { reached = true }, "channel");
        await Refused(new { channel = "Pigeon", reached = true }, "channel");
        await Refused(new { channel = "Phone" }, "reached");
        await Refused(new { channel = "Phone", reached = true, note = "bad\u0000byte" }, "note");

        Assert.Equal(["Raised", "Notified"], await app.TimelineKindsAsync(alert));
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
    }

    [Fact]
    public async Task AContact_OutsideReach_IsNotFound_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        using var stranger = await other.As(other.ClinicianA);
        Assert.Equal(HttpStatusCode.NotFound, await stranger.ContactAsync(alert, new { channel = "Phone", reached = true }).StatusAsync());
        using var self = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, await self.ContactAsync(alert, new { channel = "Phone", reached = true }).StatusAsync());

        Assert.Equal(["Raised", "Notified"], await app.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task AResolve_OnTheVersionBeforeTheClientAskedForHelp_Is409_WithTheCurrentAlert_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created); // Elevated
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var supervisor = await org.As(org.Supervisor);
        var shown = await supervisor.VersionAsync(alert);

        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // now Imminent
        var before = await app.RowsAsync("SELECT version, tier, status FROM alerts WHERE id = @a", ("a", alert));
        var events = (await app.TimelineKindsAsync(alert)).Count;

        var stale = await supervisor.ResolveAsync(alert, new { disposition = "FalsePositive", note = "Answered by mistake.", expectedVersion = shown })
            .OkJsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("alert.changed", stale.GetProperty("code").GetString());
        Assert.Equal((shown, (int)before[0]["version"]!), (stale.GetProperty("expectedVersion").GetInt32(), stale.GetProperty("currentVersion").GetInt32()));
        var current = stale.GetProperty("alert");
        Assert.Equal(("Imminent", "Open", (int)before[0]["version"]!), (current.GetProperty("tier").GetString(), current.GetProperty("status").GetString(), current.GetProperty("version").GetInt32()));
        Assert.Equal(before.Select(r => (r["version"], r["tier"], r["status"])), (await app.RowsAsync("SELECT version, tier, status FROM alerts WHERE id = @a", ("a", alert))).Select(r => (r["version"], r["tier"], r["status"])));
        Assert.Equal(events, (await app.TimelineKindsAsync(alert)).Count);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND kind = 'Escalation' AND fired_at IS NULL AND cancelled_at IS NULL", ("a", alert)));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'alert.resolve' AND resource_id = @a AND status_code = 409", ("a", alert.ToString())));

        var acknowledgedStale = await supervisor.PostAsJsonAsync($"/api/v1/alerts/{alert}/acknowledge", new { expectedVersion = shown }, Ct)
            .OkJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("alert.changed", acknowledgedStale.GetProperty("code").GetString());
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
    }

    [Fact]
    public async Task AStaleResolve_RacingAHelpRequest_NeverClosesTheNewTrigger()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        using var supervisor = await org.As(org.Supervisor);
        for (var round = 0; round < 15; round++)
        {
            await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created);
            var alert = await app.AlertOfAsync(org.ClientA1.Id);
            var shown = await supervisor.VersionAsync(alert);

            var help = client.PostAsync("/api/v1/me/crisis", null, Ct);
            var resolve = supervisor.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe.", expectedVersion = shown });
            var (helped, resolved) = (await help, await resolve);
            Assert.Equal(HttpStatusCode.Accepted, helped.StatusCode);
            Assert.Contains(resolved.StatusCode, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.Conflict]);

            // Whichever came first, the help request is on an unresolved alert that escalates.
            var open = Assert.Single(await app.RowsAsync(
                """
                SELECT a.id FROM alerts a WHERE a.client_id = @c AND a.status <> 'Resolved'
                  AND EXISTS (SELECT 1 FROM alert_events e WHERE e.alert_id = a.id AND e.source = 'ClientRequest')
                  AND EXISTS (SELECT 1 FROM alert_deadlines d WHERE d.alert_id = a.id AND d.fired_at IS NULL AND d.cancelled_at IS NULL)
                """, ("c", org.ClientA1.Id)));
            await supervisor.ResolveAsync((Guid)open["id"]!, new { disposition = "ContactedSafe", note = "Spoke with the client; safe.", riskAssessment = AlertApi.Assessment })
                .OkJsonAsync();
        }
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
