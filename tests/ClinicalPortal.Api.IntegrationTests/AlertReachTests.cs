using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Who reaches an alert: the client's clinician, the supervisor of the team, the administrator, and whoever a round
/// was sent to. Another organisation, another caseload: 404, and a refused write changes nothing. Clients send no
/// alert request but their own "I need help now" (403).
/// </summary>
public sealed class AlertReachTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryAlertEndpoint_AnswersNotFound_ToAnotherOrganisation_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var before = await app.TimelineKindsAsync(alert);

        foreach (var outsider in new[] { other.Admin, other.Supervisor, other.ClinicianA })
        {
            using var http = await other.As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, await http.GetAlertAsync(alert).StatusAsync());
            Assert.Equal(HttpStatusCode.NotFound, await http.AcknowledgeAsync(alert).StatusAsync());
            Assert.Equal(HttpStatusCode.NotFound, await http.NoteAsync(alert, "not mine").StatusAsync());
            Assert.Equal(HttpStatusCode.NotFound,
                await http.ResolveAsync(alert, new { disposition = "FalsePositive", note = "not mine" }).StatusAsync());
            Assert.Equal(HttpStatusCode.NotFound, await http.PostAsJsonAsync(
                $"/api/v1/clients/{org.ClientA1.Id}/alerts", new { tier = "High", reason = "x" }, Ct).StatusAsync());
            var list = await http.GetAsync("/api/v1/alerts?status=all", Ct).OkJsonAsync();
            Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == alert);
            var metrics = await http.GetAsync("/api/v1/alerts/metrics", Ct).OkJsonAsync();
            Assert.Equal(0, metrics.GetProperty("raised").GetInt32());
        }

        Assert.Equal(before, await app.TimelineKindsAsync(alert));
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
        // Each refusal is on record, as not found, against the alert asked for.
        Assert.True(await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND resource_id = @a AND outcome = 'NotFound'",
            ("o", other.Id), ("a", alert.ToString())) >= 12);
    }

    [Fact]
    public async Task TheStatusFilter_TakesTheStatusAsEveryAlertSpellsIt_InAnyCase()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        foreach (var status in new[] { "Open", "open", "OPEN" })
        {
            var list = await clinician.GetAsync($"/api/v1/alerts?status={status}", Ct).OkJsonAsync();
            var found = Assert.Single(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == alert);
            Assert.Equal("Open", found.GetProperty("status").GetString());
        }

        Assert.Empty((await clinician.GetAsync("/api/v1/alerts?status=Resolved", Ct).OkJsonAsync()).EnumerateArray());
        await clinician.GetAsync("/api/v1/alerts?status=Opened", Ct).ProblemAsync(HttpStatusCode.BadRequest, field: "status");
    }

    [Fact]
    public async Task AnotherCaseload_IsNotFound_UntilARoundReachesThem_TheTeamSupervisorAndTheAdministrator_AlwaysReach()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.GetAlertAsync(alert).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.AcknowledgeAsync(alert).StatusAsync());
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
        Assert.Empty((await clinicianB.GetAsync("/api/v1/alerts", Ct).OkJsonAsync()).EnumerateArray());

        foreach (var reaches in new[] { org.ClinicianA, org.Supervisor, org.Admin })
        {
            using var http = await org.As(reaches);
            Assert.Equal(HttpStatusCode.OK, await http.GetAlertAsync(alert).StatusAsync());
            Assert.Contains((await http.GetAsync("/api/v1/alerts", Ct).OkJsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetGuid() == alert);
        }

        // Clinician B is put on call and the alert escalates to on-call: now B reaches it.
        using var admin = await org.As(org.Admin);
        await admin.PutAsJsonAsync("/api/v1/organization/escalation-policy", new
        {
            acknowledgeWithinMinutes = new { imminent = 15, high = 60, elevated = 1440 },
            supervisorWithinMinutes = 15, onCallUserIds = new[] { org.ClinicianB.Id }, repeatEveryMinutes = 15,
        }, Ct).OkJsonAsync();
        using var clientA2 = await org.As(org.ClientA2);
        await clientA2.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var second = await app.AlertOfAsync(org.ClientA2.Id);
        // Two rounds fire at once (the deadlines set as due now): supervisor, then on call.
        await DueNowAsync(second);
        await WaitForRoundAsync(second, org.Supervisor.Id);
        await DueNowAsync(second);
        await WaitForRoundAsync(second, org.ClinicianB.Id);
        Assert.Equal(HttpStatusCode.OK, await clinicianB.GetAlertAsync(second).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.GetAlertAsync(alert).StatusAsync()); // still not the first
    }

    [Fact]
    public async Task Clients_AndRolesOutsideTheList_AreForbidden()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/alerts", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAlertAsync(alert).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.AcknowledgeAsync(alert).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.NoteAsync(alert, "x").StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.ResolveAsync(alert, new { disposition = "FalsePositive", note = "x" }).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/alerts/metrics", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.PostAsJsonAsync(
            $"/api/v1/clients/{org.ClientA1.Id}/alerts", new { tier = "High", reason = "x" }, Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/me/notifications", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await client.GetAsync("/api/v1/organization/escalation-policy", Ct).StatusAsync());

        using var clinician = await org.As(org.ClinicianA);
        var policy = await clinician.GetAsync("/api/v1/organization/escalation-policy", Ct).OkJsonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.PutAsJsonAsync("/api/v1/organization/escalation-policy", new
        {
            acknowledgeWithinMinutes = new { Imminent = 1, High = 1, Elevated = 1 }, supervisorWithinMinutes = 1, onCallUserIds = Array.Empty<Guid>(),
            repeatEveryMinutes = 1,
        }, Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.PutAsJsonAsync("/api/v1/organization/crisis-lines", new { country = "GB" }, Ct).StatusAsync());
        Assert.Equal(policy.ToString(), (await clinician.GetAsync("/api/v1/organization/escalation-policy", Ct).OkJsonAsync()).ToString());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.GetAsync("/api/v1/outbox/dead-letters", Ct).StatusAsync());
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
    }

    [Fact]
    public async Task AnotherPersonsNotification_IsNotFound()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        using var clinicianA = await org.As(org.ClinicianA);
        var inbox = await clinicianA.GetAsync("/api/v1/me/notifications", Ct).OkJsonAsync();
        var notification = Assert.Single(inbox.EnumerateArray()).GetProperty("id").GetGuid();

        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.PostAsync($"/api/v1/me/notifications/{notification}/read", null, Ct).StatusAsync());
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM notifications WHERE id = @n AND read_at IS NOT NULL", ("n", notification)));
    }

    private async Task DueNowAsync(Guid alert) =>
        await app.ExecuteAsync("UPDATE alert_deadlines SET due_at = now() - interval '1 second' WHERE alert_id = @a AND fired_at IS NULL AND cancelled_at IS NULL",
            ("a", alert));

    /// <summary>The main host's own escalation worker (the real clock, polling every second) sends the round.</summary>
    private async Task WaitForRoundAsync(Guid alert, Guid recipient)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(20);
        while ((await app.NotifiedAsync(alert)).All(n => n.Recipient != recipient || n.Round == 0))
        {
            Assert.True(DateTimeOffset.UtcNow < until, "the escalation worker did not send the round in time");
            await Task.Delay(100, Ct);
        }
    }
}
