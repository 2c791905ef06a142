using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Mail;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Alert e-mail over a real SMTP conversation carries the tier and a link, nothing about the client; with the mail
/// server down nothing is lost, and when it is back everything goes out over one connection. Stored risk answers of
/// the past raise their alerts. Failures end in dead letters an administrator can see and send again.
/// </summary>
public sealed class AlertDeliveryTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAlertEmail_NamesTheTierAndALink_AndNothingAboutTheClient()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        var mail = await app.Mail.WaitForAsync(m => m.To.Contains(org.ClinicianA.Email), TimeSpan.FromSeconds(15));

        Assert.Equal("ClinicalPortal: an alert needs your attention", mail.Subject);
        Assert.Contains("An alert of tier High needs your acknowledgement.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/alerts/{alert}", mail.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { "Ann", "Alpha", org.ClientA1.Email, "PHQ", "item", "answer" })
        {
            Assert.DoesNotContain(secret, mail.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, mail.Subject, StringComparison.OrdinalIgnoreCase);
        }

        // The message is kept (ids only: the record of who was told), marked done.
        var row = Assert.Single(await app.RowsAsync(
            "SELECT status, payload::text AS payload, dedup_key FROM outbox_messages WHERE organization_id = @o AND type = 'alert.email'", ("o", org.Id)));
        await Eventually.UntilAsync(async () => (string)(await app.RowsAsync(
            "SELECT status FROM outbox_messages WHERE organization_id = @o AND type = 'alert.email'", ("o", org.Id)))[0]["status"]! == "Done");
        Assert.Contains("NotificationId", (string)row["payload"]!, StringComparison.Ordinal);
        Assert.Equal($"alert:{alert}:0:{org.ClinicianA.Id}", row["dedup_key"]);
    }

    [Fact]
    public async Task MailServerDown_ThenUp_DeliversEveryAlertEmail_OverOneConnection()
    {
        var port = LocalMachine.FreeLoopbackPort();
        await using var portal = await ClockedPortal.StartAsync(app, smtpPort: port);
        var org = await portal.CreateOrgAsync();
        foreach (var person in new[] { org.ClientA1, org.ClientA2, org.ClientB1 })
        {
            using var client = await portal.As(person);
            await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        }

        // Nobody listens, for longer than 25 attempts would last: each try postpones the e-mail without counting an
        // attempt, so an outage of any length sends nothing to the dead letters.
        for (var round = 0; round < 30; round++)
        {
            Assert.Equal(3, await portal.DispatchAsync());
            Assert.Equal(0, await portal.DispatchAsync()); // not due again yet
            portal.Clock.Advance(TimeSpan.FromSeconds(11));
        }

        Assert.Equal(3, await portal.CountAsync(
            "SELECT count(*) FROM outbox_messages WHERE type = 'alert.email' AND status = 'Pending' AND attempts = 0 AND last_error = 'SmtpUnreachableException'"));

        await using var catcher = MailCatcher.Start(port);
        Assert.Equal(3, await portal.DispatchAsync());

        await Eventually.UntilAsync(() => Task.FromResult(catcher.Messages.Count == 3));
        Assert.Equal([org.ClinicianA.Email, org.ClinicianA.Email, org.ClinicianB.Email], catcher.Messages.SelectMany(m => m.To).Order());
        Assert.Equal(1, catcher.Sessions);
        Assert.Equal(3, await portal.CountAsync("SELECT count(*) FROM outbox_messages WHERE type = 'alert.email' AND status = 'Done'"));
        Assert.Equal(0, await portal.DispatchAsync());
    }

    [Fact]
    public async Task AnEmailHeldUpByTheMailServer_IsNotSent_WhenTheAlertWasAcknowledgedMeanwhile()
    {
        var port = LocalMachine.FreeLoopbackPort();
        await using var portal = await ClockedPortal.StartAsync(app, smtpPort: port);
        var org = await portal.CreateOrgAsync();
        foreach (var person in new[] { org.ClientA1, org.ClientA2 })
        {
            using var client = await portal.As(person);
            await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        }

        Assert.Equal(2, await portal.DispatchAsync()); // the mail server is down
        using var clinician = await portal.As(org.ClinicianA);
        await clinician.AcknowledgeAsync(await portal.AlertOfAsync(org.ClientA1.Id)).OkJsonAsync();
        await using var catcher = MailCatcher.Start(port);
        portal.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(2, await portal.DispatchAsync());

        await Eventually.UntilAsync(() => Task.FromResult(catcher.Messages.Count == 1));
        var alertA2 = await portal.AlertOfAsync(org.ClientA2.Id);
        Assert.Contains($"/alerts/{alertA2}", Assert.Single(catcher.Messages).TextBody, StringComparison.Ordinal);
        Assert.Equal(2, await portal.CountAsync("SELECT count(*) FROM outbox_messages WHERE type = 'alert.email' AND status = 'Done'"));
        Assert.Equal(2, await portal.CountAsync("SELECT count(*) FROM notifications")); // the inbox keeps both
    }

    [Fact]
    public async Task StoredRiskAnswersFromBefore_RaiseTheirAlert_AsTheSystem_Once()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var assessment = (await client.SubmitPhq9Async(org.ClientA1.Id, item9: 0).OkJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // As an earlier version stored it: a risk flag on the answers and a risk.identified row that nobody read.
        await app.ExecuteAsync(
            """
            UPDATE assessments SET risk_flags = '[{"code": "PHQ9_ITEM9", "tier": "High", "itemNumber": 9, "reason": "Item 9 answered 2"}]'
            WHERE id = @a
            """, ("a", assessment));
        var payload = $$"""{"ClientId": "{{org.ClientA1.Id}}", "AssessmentId": "{{assessment}}", "Instrument": "PHQ-9", "HighestTier": "High", "FlagCodes": ["PHQ9_ITEM9"]}""";
        foreach (var _ in new[] { 1, 2 }) // and once more: handled at least once means it may come twice
        {
            await app.ExecuteAsync(
                """
                INSERT INTO outbox_messages (id, organization_id, type, payload, status, created_at, available_at, attempts)
                VALUES (gen_random_uuid(), @o, 'risk.identified', @p::jsonb, 'Pending', now(), now(), 0)
                """, ("o", org.Id), ("p", payload));
        }

        await Eventually.UntilAsync(async () => await app.CountAsync(
            "SELECT count(*) FROM outbox_messages WHERE organization_id = @o AND type = 'risk.identified' AND status = 'Done'", ("o", org.Id)) == 2);

        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var raised = Assert.Single(await app.RowsAsync(
            "SELECT actor_system, tier, reference_id FROM alert_events WHERE alert_id = @a AND kind IN ('Raised', 'TriggerAdded')", ("a", alert)));
        Assert.Equal(("system:escalation", "High", assessment), ((string)raised["actor_system"]!, (string)raised["tier"]!, (Guid)raised["reference_id"]!));
        Assert.Contains((0, org.ClinicianA.Id), await app.NotifiedAsync(alert));
        Assert.Equal(2, await app.CountAsync(
            """
            SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.raise_from_stored_risk'
            AND actor_client_app = 'system:escalation' AND actor_user_id IS NULL AND outcome = 'Success'
            """, ("o", org.Id)));
    }

    [Fact]
    public async Task DeadLetters_AreListedForTheAdministrator_AndSentAgain()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        var id = Guid.NewGuid();
        await app.ExecuteAsync(
            """
            INSERT INTO outbox_messages (id, organization_id, type, payload, status, created_at, available_at, attempts, last_error, processed_at)
            VALUES (@id, @o, 'test.unhandled', '{}', 'DeadLetter', now(), now(), 25, 'SmtpCommandException', now())
            """, ("id", id), ("o", org.Id));
        using var admin = await org.As(org.Admin);

        var dead = Assert.Single((await admin.GetAsync("/api/v1/outbox/dead-letters", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal((id, "test.unhandled", 25, "SmtpCommandException"),
            (dead.GetProperty("id").GetGuid(), dead.GetProperty("type").GetString(), dead.GetProperty("attempts").GetInt32(), dead.GetProperty("lastError").GetString()));
        using var otherAdmin = await other.As(other.Admin);
        Assert.Empty((await otherAdmin.GetAsync("/api/v1/outbox/dead-letters", Ct).OkJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, await otherAdmin.PostAsync($"/api/v1/outbox/dead-letters/{id}/retry", null, Ct).StatusAsync());

        await admin.PostAsync($"/api/v1/outbox/dead-letters/{id}/retry", null, Ct).OkJsonAsync();
        var row = Assert.Single(await app.RowsAsync("SELECT status, attempts FROM outbox_messages WHERE id = @id", ("id", id)));
        Assert.Equal(("Pending", 0), ((string)row["status"]!, (int)row["attempts"]!));
        Assert.Empty((await admin.GetAsync("/api/v1/outbox/dead-letters", Ct).OkJsonAsync()).EnumerateArray());
    }

}
