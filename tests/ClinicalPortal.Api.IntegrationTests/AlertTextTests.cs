using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.DevTools.Sms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Imminent alerts text the people each round reaches, through the outbox to a real HTTP SMS catcher (the Development
/// one, on a free port): the tier and the link, never the client; at the first round and at each escalation step. Lower
/// tiers do not text; nobody without a phone is texted, and that is recorded; a provider's bad moment sends one text
/// under one idempotency key; without a provider the texts wait, untried.
/// </summary>
public sealed class AlertTextTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string ClinicianPhone = "+447700900123";
    private const string SupervisorPhone = "+447700900456";

    private static async Task<TestOrg> OrgAsync(ClockedPortal portal, bool phones = true)
    {
        var org = await portal.CreateOrgAsync();
        using var admin = await portal.As(org.Admin);
        await admin.PutAsJsonAsync("/api/v1/organization/escalation-policy", new
        {
            acknowledgeWithinMinutes = new { Imminent = 15, High = 60, Elevated = 1440 },
            supervisorWithinMinutes = 15, onCallUserIds = Array.Empty<Guid>(), repeatEveryMinutes = 15,
        }, Ct).OkJsonAsync();
        if (phones)
        {
            await admin.PutAsJsonAsync($"/api/v1/staff/{org.ClinicianA.Id}/phone", new { phone = "+44 7700 900123" }, Ct).OkJsonAsync();
            await admin.PutAsJsonAsync($"/api/v1/staff/{org.Supervisor.Id}/phone", new { phone = "+44 7700 900456" }, Ct).OkJsonAsync();
        }

        return org;
    }

    /// <summary>A clocked portal texting a fresh SMS catcher, with a test organisation (phones for clinician A and the supervisor).</summary>
    private async Task<Texting> StartAsync(bool phones = true)
    {
        var catcher = await SmsCatcher.StartAsync(ct: Ct);
        var portal = await ClockedPortal.StartAsync(app, smsBaseUrl: catcher.BaseUrl);
        return new Texting(catcher, portal, await OrgAsync(portal, phones));
    }

    private sealed record Texting(SmsCatcher Catcher, ClockedPortal Portal, TestOrg Org) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Portal.DisposeAsync();
            await Catcher.DisposeAsync();
        }
    }

    private static async Task<Guid> CrisisAsync(ClockedPortal portal, Person client)
    {
        using var http = await portal.As(client);
        await http.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        return await portal.AlertOfAsync(client.Id);
    }

    private static void CarriesNoClientDetails(TestOrg org, string text)
    {
        foreach (var secret in new[] { "Ann", "Alpha", org.ClientA1.Email, "crisis", "suicid", "help now" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnImminentAlert_TextsTheResponder_AtTheFirstRound_AndAgainAtTheNextEscalationStep()
    {
        await using var texting = await StartAsync();
        var (catcher, portal, org) = texting;
        var alert = await CrisisAsync(portal, org.ClientA1);

        await portal.DispatchAsync();
        var first = Assert.Single(catcher.Messages);
        Assert.Equal((ClinicianPhone, SmsCatcher.From), (first.To, first.From));
        Assert.Contains("An alert of tier Imminent needs your acknowledgement.", first.Text, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/alerts/{alert}", first.Text, StringComparison.Ordinal);
        CarriesNoClientDetails(org, first.Text);
        var row = Assert.Single(await portal.RowsAsync("SELECT id, status, dedup_key FROM outbox_messages WHERE type = 'alert.text'"));
        Assert.Equal(("Done", $"alert-text:{alert}:0:{org.ClinicianA.Id}"), ((string)row["status"]!, (string)row["dedup_key"]!));
        Assert.Equal(((Guid)row["id"]!).ToString(), first.IdempotencyKey);

        // Nobody acknowledges: after 15 minutes the supervisor is told, and texted.
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        await portal.DispatchAsync();
        Assert.Equal(2, catcher.Messages.Count);
        var second = catcher.Messages[1];
        Assert.Equal(SupervisorPhone, second.To);
        Assert.Contains("An alert of tier Imminent needs your acknowledgement.", second.Text, StringComparison.Ordinal);
        CarriesNoClientDetails(org, second.Text);
        Assert.Equal(0, await portal.DispatchAsync()); // each text once

        using var supervisor = await portal.As(org.Supervisor);
        var texts = (await supervisor.GetAlertAsync(alert).OkJsonAsync()).GetProperty("texts").EnumerateArray()
            .Select(t => (t.GetProperty("round").GetInt32(), t.GetProperty("recipientId").GetGuid(), t.GetProperty("state").GetString())).ToList();
        Assert.Equal([(0, org.ClinicianA.Id, "Sent"), (1, org.Supervisor.Id, "Sent")], texts);
        Assert.Equal(2, await portal.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'alert.text' AND actor_client_app = 'system:alert-texts' AND outcome = 'Success'"));
        Assert.Equal(0, await portal.CountAsync(
            "SELECT count(*) FROM audit_events WHERE details::text LIKE '%7700%'"));
    }

    [Fact]
    public async Task AMissedFirstContact_IsTextedToo()
    {
        await using var texting = await StartAsync();
        var (catcher, portal, org) = texting;
        var alert = await CrisisAsync(portal, org.ClientA1);
        using var clinician = await portal.As(org.ClinicianA);
        await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        await portal.DispatchAsync(); // acknowledged before it went: the first text is not needed any more
        Assert.Empty(catcher.Messages);

        var firstContact = (DateTime)Assert.Single(await portal.RowsAsync(
            "SELECT due_at FROM alert_deadlines WHERE alert_id = @a AND kind = 'FirstContact' AND fired_at IS NULL", ("a", alert)))["due_at"]!;
        portal.Clock.Advance(new DateTimeOffset(firstContact, TimeSpan.Zero) - portal.Clock.GetUtcNow());
        Assert.True((await portal.FireDueAsync()).Fired >= 1);
        await portal.DispatchAsync();

        var text = Assert.Single(catcher.Messages);
        Assert.Contains("An alert of tier Imminent was acknowledged, but nobody has recorded reaching the client in time.", text.Text, StringComparison.Ordinal);
        Assert.Equal(["NotNeeded", "Sent"], (await portal.RowsAsync(
            "SELECT text FROM notifications WHERE alert_id = @a ORDER BY round", ("a", alert))).Select(r => (string)r["text"]!).Distinct().ToList());
    }

    [Fact]
    public async Task AHighAlert_SendsNoText()
    {
        await using var texting = await StartAsync();
        var (catcher, portal, org) = texting;
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        portal.Clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);

        Assert.True(await portal.DispatchAsync() >= 2); // the e-mails
        Assert.Empty(catcher.Messages);
        Assert.Empty(catcher.Attempts);
        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM outbox_messages WHERE type = 'alert.text'"));
        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM notifications WHERE alert_id = @a AND text IS NOT NULL", ("a", alert)));
    }

    [Fact]
    public async Task AResponderWithoutAPhone_IsNotTexted_AndTheSupervisorSeesWhy()
    {
        await using var texting = await StartAsync(phones: false);
        var (catcher, portal, org) = texting;
        var alert = await CrisisAsync(portal, org.ClientA1);

        await portal.DispatchAsync();

        Assert.Empty(catcher.Attempts);
        Assert.Equal("Done", Assert.Single(await portal.RowsAsync("SELECT status FROM outbox_messages WHERE type = 'alert.text'"))["status"]);
        using var supervisor = await portal.As(org.Supervisor);
        var text = Assert.Single((await supervisor.GetAlertAsync(alert).OkJsonAsync()).GetProperty("texts").EnumerateArray());
        Assert.Equal(("NoPhone", org.ClinicianA.Id), (text.GetProperty("state").GetString(), text.GetProperty("recipientId").GetGuid()));
        var audit = Assert.Single(await portal.RowsAsync(
            "SELECT details::text AS details, subject_client_id FROM audit_events WHERE action = 'alert.text' AND actor_client_app = 'system:alert-texts'"));
        Assert.Contains("NoPhone", (string)audit["details"]!, StringComparison.Ordinal);
        Assert.Equal(org.ClientA1.Id, audit["subject_client_id"]);
    }

    [Fact]
    public async Task AProviderAnswering503Once_GetsTheSameIdempotencyKeyAgain_AndSendsExactlyOneText()
    {
        await using var texting = await StartAsync();
        var (catcher, portal, org) = texting;
        catcher.FailNext(1, 503);
        await CrisisAsync(portal, org.ClientA1);

        await portal.DispatchAsync();
        Assert.Empty(catcher.Messages);
        var row = Assert.Single(await portal.RowsAsync("SELECT id, status, attempts, last_error FROM outbox_messages WHERE type = 'alert.text'"));
        Assert.Equal(("Pending", 0, "SmsUnavailableException"), ((string)row["status"]!, (int)row["attempts"]!, (string)row["last_error"]!));

        portal.Clock.Advance(TimeSpan.FromSeconds(11));
        await portal.DispatchAsync();
        Assert.Single(catcher.Messages);
        Assert.Equal([503, 201], catcher.Attempts.Select(a => a.Status));
        Assert.All(catcher.Attempts, a => Assert.Equal(((Guid)row["id"]!).ToString(), a.IdempotencyKey));
        Assert.Equal(0, await portal.DispatchAsync());
        Assert.Equal("Done", Assert.Single(await portal.RowsAsync("SELECT status FROM outbox_messages WHERE type = 'alert.text'"))["status"]);
    }

    [Fact]
    public async Task WithoutAnSmsProvider_TheTextsWait_Untried()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await OrgAsync(portal);
        await CrisisAsync(portal, org.ClientA1);

        await portal.DispatchAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await portal.DispatchAsync();

        var row = Assert.Single(await portal.RowsAsync("SELECT status, attempts, last_error FROM outbox_messages WHERE type = 'alert.text'"));
        Assert.Equal(("Pending", 0, null), ((string)row["status"]!, (int)row["attempts"]!, (string?)row["last_error"]));
        Assert.Equal("Done", Assert.Single(await portal.RowsAsync("SELECT status FROM outbox_messages WHERE type = 'alert.email'"))["status"]);
    }

    [Fact]
    public void APartlyConfiguredProvider_StopsTheStart_NamingWhatIsMissing()
    {
        using var host = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Sms:BaseUrl", "https://sms.example.com/");
            b.UseSetting("Sms:Token", "secret");
        });
        var failed = Assert.Throws<OptionsValidationException>(() => host.Server);
        Assert.Contains("Sms:Account, Sms:From are missing", failed.Message, StringComparison.Ordinal);
    }
}
