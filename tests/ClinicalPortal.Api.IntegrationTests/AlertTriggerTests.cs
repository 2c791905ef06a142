using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Every trigger and its tier, and what a second trigger does to the client's unresolved alert.</summary>
public sealed class AlertTriggerTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, "Elevated", 1440)]
    [InlineData(2, "High", 60)]
    [InlineData(3, "High", 60)]
    public async Task Phq9Item9_RaisesTheTier_WithItsAcknowledgementDeadline(int item9, string tier, int minutes)
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9).OkJsonAsync(HttpStatusCode.Created);

        await AssertAlertAsync(org.ClientA1.Id, tier, minutes);
    }

    /// <summary>
    /// Columbia's screener triage (Columbia Lighthouse Project, C-SSRS Screen Version, "Risk" colour bands): behaviour in
    /// the past three months, intent or a plan: high risk (our Imminent); behaviour longer ago, or a method: moderate
    /// (High); a wish to be dead or thoughts of suicide only: low (Elevated). Answers: Q1-Q5, Q6 (behaviour ever), Q6b (in
    /// the past three months, asked when Q6 is yes); -1: not asked.
    /// </summary>
    [Theory]
    [InlineData(new[] { 1, 0, -1, -1, -1, 0, -1 }, "Elevated")]  // wish to be dead only (Q3-Q5 are asked after a yes to Q2)
    [InlineData(new[] { 1, 1, 0, 0, 0, 0, -1 }, "Elevated")]  // thoughts, no method, intent or plan
    [InlineData(new[] { 1, 1, 1, 0, 0, 0, -1 }, "High")]      // a method
    [InlineData(new[] { 0, 0, -1, -1, -1, 1, 0 }, "High")]    // behaviour, not in the past three months
    [InlineData(new[] { 1, 1, 0, 1, 0, 0, -1 }, "Imminent")]  // intent
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, -1 }, "Imminent")]  // a plan
    [InlineData(new[] { 0, 0, -1, -1, -1, 1, 1 }, "Imminent")] // behaviour in the past three months
    public async Task CssrsScreener_FollowsColumbiasTriage(int[] answers, string tier)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var body = new { instrument = "C-SSRS-SCREEN", answers = answers.Select(a => a < 0 ? (int?)null : a).ToArray() };
        await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", body, Ct).OkJsonAsync(HttpStatusCode.Created);

        await AssertAlertAsync(org.ClientA1.Id, tier, tier switch { "Imminent" => 15, "High" => 60, _ => 1440 });
    }

    [Fact]
    public async Task INeedHelpNow_IsImminent_KeepsTheMessageOnTheTimeline_AndAnswersWithTheCrisisLines()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var help = await client.PostAsJsonAsync("/api/v1/me/crisis", new { message = "I can't keep myself safe tonight" }, Ct)
            .OkJsonAsync(HttpStatusCode.Accepted);

        var lines = help.GetProperty("crisisResources");
        Assert.Equal("US", lines.GetProperty("country").GetString());
        Assert.Contains("may not see it straight away", lines.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal("Emergency", lines.GetProperty("contacts").EnumerateArray().Last().GetProperty("kind").GetString());
        await AssertAlertAsync(org.ClientA1.Id, "Imminent", 15);
        using var clinician = await org.As(org.ClinicianA);
        var alert = await clinician.GetAlertAsync(await app.AlertOfAsync(org.ClientA1.Id)).OkJsonAsync();
        var raised = alert.GetProperty("timeline")[0];
        Assert.Equal(("Raised", "ClientRequest"), (raised.GetProperty("kind").GetString(), raised.GetProperty("source").GetString()));
        Assert.Equal("I can't keep myself safe tonight", raised.GetProperty("text").GetString());
        Assert.Equal(org.ClientA1.UserId, raised.GetProperty("actor").GetProperty("userId").GetGuid());
        Assert.Equal("Ann Alpha", raised.GetProperty("actor").GetProperty("name").GetString());
        // Without a message too; and staff cannot press the client's button.
        Assert.Equal(HttpStatusCode.Accepted, await client.PostAsync("/api/v1/me/crisis", null, Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await clinician.PostAsJsonAsync("/api/v1/me/crisis", new { }, Ct).StatusAsync());
    }

    [Fact]
    public async Task AClinicianRaisesOneByHand_WithTierAndReason()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var alert = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/alerts",
            new { tier = "High", reason = "Phoned the clinic, sounded hopeless" }, Ct).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(("High", "Open"), (alert.GetProperty("tier").GetString(), alert.GetProperty("status").GetString()));
        Assert.Equal("Ben Beta", alert.GetProperty("clientName").GetString());
        Assert.Equal("Clinician", alert.GetProperty("timeline")[0].GetProperty("source").GetString());
        await AssertAlertAsync(org.ClientA2.Id, "High", 60);

        var bad = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/alerts", new { tier = "Severe", reason = "" }, Ct)
            .OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("tier", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task ASecondTrigger_JoinsTheOpenAlert_RaisesItsTier_AndBringsTheDeadlineForward()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created); // Elevated: a day
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created); // the same tier: joins, nobody told again
        Assert.Equal([(0, org.ClinicianA.Id)], await app.NotifiedAsync(alert));

        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // Imminent

        Assert.Equal(alert, await app.AlertOfAsync(org.ClientA1.Id));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal("Imminent", (string)(await app.RowsAsync("SELECT tier FROM alerts WHERE id = @a", ("a", alert)))[0]["tier"]!);
        // The day-long deadline gave way to 15 minutes from the new trigger.
        var pending = Assert.Single(await app.RowsAsync(
            "SELECT d.due_at, e.at FROM alert_deadlines d, alert_events e WHERE d.alert_id = @a AND d.fired_at IS NULL AND d.cancelled_at IS NULL " +
            "AND e.alert_id = @a AND e.kind = 'TierRaised'", ("a", alert)));
        Assert.Equal(((DateTime)pending["at"]!).AddMinutes(15), (DateTime)pending["due_at"]!);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND cancelled_at IS NOT NULL", ("a", alert)));
        // The clinician hears of the rise in a round of its own (rounds are never reused: they key the delivery).
        var notified = await app.NotifiedAsync(alert);
        Assert.Equal([org.ClinicianA.Id, org.ClinicianA.Id], notified.Select(n => n.Recipient));
        Assert.Equal(2, notified.Select(n => n.Round).Distinct().Count());
        Assert.Equal(["Raised", "Notified", "TriggerAdded", "TriggerAdded", "TierRaised", "Notified"], await app.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task AfterResolution_ANewTrigger_OpensANewAlert()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        using var clinician = await org.As(org.ClinicianA);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        var first = await app.AlertOfAsync(org.ClientA1.Id);
        await clinician.ResolveAsync(first, new { disposition = "ContactedSafe", note = "Called; safe, plan reviewed.", riskAssessment = AlertApi.Assessment }).OkJsonAsync();

        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(first, await app.AlertOfAsync(org.ClientA1.Id));
        Assert.Equal(2, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task ConcurrentTriggers_ForOneClient_MakeOneAlert()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? client.SubmitPhq9Async(org.ClientA1.Id, 2).StatusAsync()
            : client.PostAsync("/api/v1/me/crisis", null, Ct).StatusAsync()));

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.Accepted, s.ToString()));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)));
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        Assert.Equal(8, await app.CountAsync(
            "SELECT count(*) FROM alert_events WHERE alert_id = @a AND kind IN ('Raised', 'TriggerAdded')", ("a", alert)));
    }

    [Fact]
    public async Task ATrigger_OnAnAcknowledgedAlert_OpensItAgain_SoItEscalatesIfNobodyAnswers()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AcknowledgeAsync(alert).OkJsonAsync();

        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(alert, await app.AlertOfAsync(org.ClientA1.Id));
        await AssertAlertAsync(org.ClientA1.Id, "Imminent", 15, since: "reopened");
        Assert.Equal(["Raised", "Notified", "Acknowledged", "TriggerAdded", "Reopened", "Notified"], await app.TimelineKindsAsync(alert));
    }

    /// <summary>
    /// A resolve commits while a trigger waits for the alert's lock (it read the alert as unresolved just before): the
    /// trigger opens a new alert instead of failing, and the answers that carried it are stored. The resolve is played
    /// by a transaction of the test's own that holds the alert's lock while it marks the alert resolved.
    /// </summary>
    [Fact]
    public async Task ATrigger_ThatRacesAResolve_OpensANewAlert_AndLosesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var first = await app.AlertOfAsync(org.ClientA1.Id);

        await using var resolver = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await resolver.OpenAsync(Ct);
        await using var transaction = await resolver.BeginTransactionAsync(Ct);
        await using (var hold = new Npgsql.NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0)); UPDATE alerts SET status = 'Resolved' WHERE id = @a", resolver, transaction))
        {
            hold.Parameters.AddWithValue("k", $"alert:{first}");
            hold.Parameters.AddWithValue("a", first);
            await hold.ExecuteNonQueryAsync(Ct);
        }

        var submit = client.SubmitPhq9Async(org.ClientA1.Id, 3);
        // The submission waits on the alert's lock (it already holds the client's).
        await Eventually.UntilAsync(async () => await app.CountAsync(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0);
        await transaction.CommitAsync(Ct);

        await submit.OkJsonAsync(HttpStatusCode.Created);
        var second = await app.AlertOfAsync(org.ClientA1.Id);
        Assert.NotEqual(first, second);
        await AssertAlertAsync(org.ClientA1.Id, "High", 60, alert: second);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    private async Task AssertAlertAsync(Guid clientId, string tier, int minutes, string since = "created", Guid? alert = null)
    {
        // The pending deadline's wait from when the alert was raised, or from its last reopening.
        var row = Assert.Single(await app.RowsAsync(
            $"""
            SELECT a.tier, a.status, d.due_at - {(since == "created" ? "a.created_at" : "(SELECT max(at) FROM alert_events e WHERE e.alert_id = a.id AND e.kind = 'Reopened')")} AS wait
            FROM alerts a
            JOIN alert_deadlines d ON d.alert_id = a.id AND d.fired_at IS NULL AND d.cancelled_at IS NULL
            WHERE a.client_id = @c AND a.status <> 'Resolved' AND (@a::uuid IS NULL OR a.id = @a::uuid)
            """, ("c", clientId), ("a", (object?)alert ?? DBNull.Value)));
        Assert.Equal((tier, "Open", TimeSpan.FromMinutes(minutes)), ((string)row["tier"]!, (string)row["status"]!, (TimeSpan)row["wait"]!));
    }
}
