using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The escalation ladder against real PostgreSQL with a fake clock: silence goes to the supervisor, then on-call, then
/// everyone again and again; an acknowledgement stops it; each step fires once, at its time, recorded and audited as
/// the system actor's.
/// </summary>
public sealed class AlertEscalationTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Silence_EscalatesToSupervisor_ThenOnCall_ThenEveryoneOnRepeat_UntilSomeoneAcknowledges()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var admin = await portal.As(org.Admin);
        await admin.PutAsJsonAsync("/api/v1/organization/escalation-policy", new
        {
            acknowledgeWithinMinutes = new { Imminent = 15, High = 60, Elevated = 1440 },
            supervisorWithinMinutes = 15, onCallUserIds = new[] { org.ClinicianB.Id }, repeatEveryMinutes = 15,
        }, Ct).OkJsonAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        Assert.Equal([(0, org.ClinicianA.Id)], await portal.NotifiedAsync(alert));

        portal.Clock.Advance(TimeSpan.FromMinutes(60) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await portal.FireDueAsync()).Claimed); // a second early: nothing
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        portal.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, (await portal.FireDueAsync()).Fired);
        Assert.Equal(0, (await portal.FireDueAsync()).Claimed); // each step once

        var (a, s, b) = (org.ClinicianA.Id, org.Supervisor.Id, org.ClinicianB.Id);
        var rounds = (await portal.NotifiedAsync(alert)).GroupBy(n => n.Round).Select(g => g.Select(n => n.Recipient).Order().ToArray()).ToList();
        Assert.Equal(5, rounds.Count);
        Assert.Equal([a], rounds[0]);                       // raised: the clinician
        Assert.Equal([s], rounds[1]);                       // 60 min: the supervisor
        Assert.Equal(new[] { b, s }.Order(), rounds[2]);    // +15: on call (with the supervisor)
        Assert.Equal(new[] { a, b, s }.Order(), rounds[3]); // +15: everyone
        Assert.Equal(new[] { a, b, s }.Order(), rounds[4]); // +15: everyone again

        // The on-call clinician, who does not have the client, reaches the alert it was told of and acknowledges it.
        using var onCall = await portal.As(org.ClinicianB);
        var acknowledged = await onCall.AcknowledgeAsync(alert).OkJsonAsync();
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());
        Assert.Equal(org.ClinicianB.Id, acknowledged.GetProperty("acknowledgedBy").GetGuid());
        portal.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await portal.FireDueAsync()).Claimed);
        Assert.Equal(5, (await portal.NotifiedAsync(alert)).Select(n => n.Round).Distinct().Count());

        // Each step is on record with the time it was due and the time it fired (the same here: the clock stood at it).
        var deadlines = await portal.RowsAsync(
            "SELECT level, due_at, fired_at, cancelled_at FROM alert_deadlines WHERE alert_id = @a AND kind = 'Escalation' ORDER BY round", ("a", alert));
        Assert.Equal([1, 2, 3, 4, 5], deadlines.Select(d => (int)d["level"]!));
        Assert.All(deadlines.Take(4), d => Assert.Equal(d["due_at"], d["fired_at"]));
        Assert.Null(deadlines[4]["fired_at"]);
        Assert.NotNull(deadlines[4]["cancelled_at"]);
        // Acknowledged is not done: reaching the client and resolving are due from the acknowledgement (High: 4 h, 24 h).
        var followOn = await portal.RowsAsync(
            "SELECT kind, due_at FROM alert_deadlines WHERE alert_id = @a AND fired_at IS NULL AND cancelled_at IS NULL ORDER BY due_at", ("a", alert));
        var acknowledgedAt = acknowledged.GetProperty("acknowledgedAt").GetDateTimeOffset();
        Assert.Equal(
            [("FirstContact", acknowledgedAt.AddHours(4)), ("Resolution", acknowledgedAt.AddHours(24))],
            followOn.Select(d => ((string)d["kind"]!, (DateTimeOffset)(DateTime)d["due_at"]!)));

        var timeline = (await onCall.GetAlertAsync(alert).OkJsonAsync()).GetProperty("timeline").EnumerateArray().ToList();
        var escalated = timeline.Where(e => e.GetProperty("kind").GetString() == "Escalated").ToList();
        Assert.Equal(["Supervisor", "OnCall", "Everyone", "Everyone"], escalated.Select(e => e.GetProperty("target").GetString()));
        Assert.All(escalated, e => Assert.Equal("system:escalation", e.GetProperty("actor").GetProperty("system").GetString()));
        Assert.Equal("Acknowledged", timeline[^1].GetProperty("kind").GetString());
        Assert.Equal(org.ClinicianB.Id, timeline[^1].GetProperty("actor").GetProperty("userId").GetGuid());

        // The worker's changes are audited like a person's: as the system actor, on the alert, for its client.
        var audited = await portal.RowsAsync(
            """
            SELECT actor_user_id, actor_client_app, resource_id, subject_client_id, outcome, purpose FROM audit_events
            WHERE organization_id = @o AND action = 'alert.deadline_fire'
            """, ("o", org.Id));
        Assert.Equal(4, audited.Count);
        Assert.All(audited, e =>
        {
            Assert.Null(e["actor_user_id"]);
            Assert.Equal("system:escalation", e["actor_client_app"]);
            Assert.Equal(alert.ToString(), e["resource_id"]);
            Assert.Equal(org.ClientA1.Id, e["subject_client_id"]);
            Assert.Equal("Success", e["outcome"]);
            Assert.Equal("PATSFTY", e["purpose"]);
        });
    }

    [Fact]
    public async Task AcknowledgingBeforeTheDeadline_StopsTheEscalation()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await portal.As(org.ClinicianA);

        portal.Clock.Advance(TimeSpan.FromMinutes(59));
        await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, await clinician.AcknowledgeAsync(alert).StatusAsync());
        portal.Clock.Advance(TimeSpan.FromMinutes(120));

        Assert.Equal(0, (await portal.FireDueAsync()).Claimed);
        Assert.Equal([(0, org.ClinicianA.Id)], await portal.NotifiedAsync(alert));
        Assert.Equal(0, await portal.CountAsync("SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND fired_at IS NOT NULL", ("a", alert)));
    }

    [Fact]
    public async Task ADeadlineClaimedByAWorkerThatDied_FiresOnceTheClaimRunsOut()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using var client = await portal.As(org.ClientA1);
        await client.PostAsJsonAsync("/api/v1/me/crisis", new { message = "please call" }, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await portal.AlertOfAsync(org.ClientA1.Id);
        portal.Clock.Advance(TimeSpan.FromMinutes(15)); // Imminent: 15 minutes
        // Another instance claimed it (a one-minute lease) and died before firing it.
        await portal.ExecuteAsync("UPDATE alert_deadlines SET claimed_until = @until WHERE alert_id = @a AND fired_at IS NULL",
            ("until", portal.Clock.GetUtcNow().AddMinutes(1)), ("a", alert));

        Assert.Equal(0, (await portal.FireDueAsync()).Claimed);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = await portal.FireDueAsync();

        Assert.Equal((1, 1), (run.Claimed, run.Fired));
        Assert.Contains((1, org.Supervisor.Id), await portal.NotifiedAsync(alert));
    }

    [Fact]
    public async Task TwoWorkers_OnOneDatabase_FireEachStepExactlyOnce_AndNotifyEachRecipientOnce()
    {
        await using var first = await ClockedPortal.StartAsync(app);
        await using var second = await ClockedPortal.StartAsync(app, sameDatabaseAs: first);
        var org = await first.CreateOrgAsync();
        var clients = await AlertSeeding.ClientsWithAlertsAsync(first, org, count: 40);

        first.Clock.Advance(TimeSpan.FromMinutes(60));
        var portal = first;
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).FireDueAsync(), Ct)));

        Assert.Equal(40, runs.Sum(r => r.Fired));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        Assert.Equal(40, await portal.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE organization_id = @o AND level = 1 AND fired_at IS NOT NULL", ("o", org.Id)));
        // Round 1 went to the supervisor once per alert, no more.
        Assert.Equal(40, await portal.CountAsync(
            "SELECT count(*) FROM notifications WHERE organization_id = @o AND target = 'Supervisor'", ("o", org.Id)));
        Assert.Equal(40, await portal.CountAsync(
            "SELECT count(DISTINCT dedup_key) FROM outbox_messages WHERE organization_id = @o AND type = 'alert.email' AND dedup_key LIKE '%:1:%'", ("o", org.Id)));
        Assert.Equal(40, await portal.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action = 'alert.deadline_fire' AND details::text LIKE '%\"fired\"%'", ("o", org.Id)));
        Assert.Equal(40, clients.Count);
    }
}
