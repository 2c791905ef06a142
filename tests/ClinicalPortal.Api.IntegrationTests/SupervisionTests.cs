using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.Domain.Measures;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;
using static ClinicalPortal.Api.IntegrationTests.SupervisionSeeding;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Caseload risk over HTTP: the flags and their reasons, each role's reach, filters and paging, input, audit.</summary>
public sealed class SupervisionTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> RiskAsync(HttpClient http, string query = "") =>
        http.GetAsync($"/api/v1/supervision/caseload-risk{query}", Ct);

    private static JsonElement ClinicianRow(JsonElement risk, Guid clinicianId) =>
        risk.GetProperty("clinicians").EnumerateArray().Single(c => c.GetProperty("clinicianId").GetGuid() == clinicianId);

    private static List<Guid> FlaggedIds(JsonElement risk) =>
        risk.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("clientId").GetGuid()).ToList();

    private static List<string> Codes(JsonElement client) =>
        client.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();

    /// <summary>
    /// Ann (A1): PHQ-9 10 ten weeks ago (in the clinical range), 16 three days ago: reliably worse, and no improvement
    /// after eight weeks.
    /// </summary>
    private async Task<DateTimeOffset> AnnGetsWorseAsync(TestOrg org)
    {
        var now = DateTimeOffset.UtcNow;
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(10), now.AddDays(-70));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(16), now.AddDays(-3));
        return now.AddDays(-3);
    }

    [Fact]
    public async Task TheSupervisor_SeesTheirTeamsFigures_AndEachFlaggedClientWithReasons_NeverItemAnswers()
    {
        var org = await app.CreateOrgAsync();
        var worse = await AnnGetsWorseAsync(org);
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor).OkJsonAsync();

        var a = ClinicianRow(risk, org.ClinicianA.Id);
        Assert.Equal((2, 1, 1, 0, 0, 0, 0, 1),
            (a.GetProperty("activeClients").GetInt32(), a.GetProperty("deteriorating").GetInt32(), a.GetProperty("notImproving").GetInt32(),
             a.GetProperty("burnoutRising").GetInt32(), a.GetProperty("homeworkOverdue").GetInt32(), a.GetProperty("openAlerts").GetInt32(),
             a.GetProperty("lateAlerts").GetInt32(), a.GetProperty("flaggedClients").GetInt32()));
        var b = ClinicianRow(risk, org.ClinicianB.Id);
        Assert.Equal((1, 0), (b.GetProperty("activeClients").GetInt32(), b.GetProperty("flaggedClients").GetInt32()));
        Assert.Equal(1, risk.GetProperty("flaggedTotal").GetInt32());
        var ann = risk.GetProperty("clients")[0];
        Assert.Equal(org.ClientA1.Id, ann.GetProperty("clientId").GetGuid());
        Assert.Equal("Ann Alpha", ann.GetProperty("name").GetString());
        Assert.Equal(2, ann.GetProperty("flagCount").GetInt32());
        Assert.Equal(["deterioration", "not_improving"], Codes(ann));
        var day = Iso(TodayIn("America/New_York", worse));
        var reasons = ann.GetProperty("reasons");
        Assert.Equal($"PHQ-9 deteriorated reliably: 10 -> 16 on {day}", reasons[0].GetProperty("text").GetString());
        Assert.Equal((10m, 16m, "PHQ-9"), (reasons[0].GetProperty("from").GetDecimal(), reasons[0].GetProperty("to").GetDecimal(), reasons[0].GetProperty("instrument").GetString()));
        Assert.True(reasons[0].GetProperty("criterionVerified").GetBoolean()); // PHQ-9: 6 points
        Assert.StartsWith("No reliable improvement over 9 weeks from a start in the clinical range: PHQ-9 10 -> 16 from ", reasons[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("answers", risk.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var audit = await app.RowsAsync(
            "SELECT outcome, details::text AS details FROM audit_events WHERE organization_id = @o AND action = 'supervision.caseload_risk'", ("o", org.Id));
        var row = Assert.Single(audit);
        using var details = JsonDocument.Parse((string)row["details"]!);
        Assert.Equal([org.ClientA1.Id], details.RootElement.GetProperty("clientIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(3, details.RootElement.GetProperty("clients").GetInt32());
    }

    [Fact]
    public async Task Deterioration_IsAgainstWhereTheClientStoodSixtyDaysAgo_NotTheFirstResult()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        // Against the first result (12) the latest (14) is no reliable change; against the result 65 days ago (8) it is.
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(12), now.AddDays(-200));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(8), now.AddDays(-65));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(14), now.AddDays(-3));
        // Ben: one result before the window (20) and one in it (20): the window probe finds the first, no change.
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(20), now.AddDays(-90));
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(20), now.AddDays(-2));
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor, "?flag=deterioration").OkJsonAsync();

        var reason = Assert.Single(risk.GetProperty("clients").EnumerateArray()).GetProperty("reasons")[0];
        Assert.Equal((8m, 14m), (reason.GetProperty("from").GetDecimal(), reason.GetProperty("to").GetDecimal()));
        Assert.Equal(now.AddDays(-65).ToUnixTimeSeconds(), reason.GetProperty("since").GetDateTimeOffset().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task ASupervisor_SeesOnlyTheirTeam_AnAdministratorTheOrganisation_AndOthersNothing()
    {
        var org = await app.CreateOrgAsync();
        await AnnGetsWorseAsync(org);
        var other = await OtherTeamAsync(app.Services, org);
        var now = DateTimeOffset.UtcNow;
        await ResultAsync(app.Services, other.Client.Id, InstrumentLibrary.Phq9, Phq9(4), now.AddDays(-20));
        await ResultAsync(app.Services, other.Client.Id, InstrumentLibrary.Phq9, Phq9(20), now.AddDays(-1));

        using var supervisor = await org.As(org.Supervisor);
        var mine = await RiskAsync(supervisor).OkJsonAsync();
        Assert.Equal([org.ClientA1.Id], FlaggedIds(mine));
        Assert.DoesNotContain(mine.GetProperty("clinicians").EnumerateArray(), c => c.GetProperty("clinicianId").GetGuid() == other.Clinician.Id);
        await RiskAsync(supervisor, $"?clinicianId={other.Clinician.Id}").ProblemAsync(HttpStatusCode.NotFound);

        using var secondSupervisor = await app.ClientForAsync(other.Supervisor.Email);
        var theirs = await RiskAsync(secondSupervisor).OkJsonAsync();
        Assert.Equal([other.Client.Id], FlaggedIds(theirs));
        Assert.Equal([other.Clinician.Id], theirs.GetProperty("clinicians").EnumerateArray().Select(c => c.GetProperty("clinicianId").GetGuid()));

        using var admin = await org.As(org.Admin);
        var all = await RiskAsync(admin).OkJsonAsync();
        Assert.Equal(new[] { org.ClientA1.Id, other.Client.Id }.Order(), FlaggedIds(all).Order());
        Assert.Equal(3, all.GetProperty("clinicians").GetArrayLength());

        var elsewhere = await app.CreateOrgAsync();
        using var foreignSupervisor = await elsewhere.As(elsewhere.Supervisor);
        Assert.Empty(FlaggedIds(await RiskAsync(foreignSupervisor).OkJsonAsync()));
        await RiskAsync(foreignSupervisor, $"?clinicianId={org.ClinicianA.Id}").ProblemAsync(HttpStatusCode.NotFound);

        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, await RiskAsync(clinician).StatusAsync());
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, await RiskAsync(client).StatusAsync());
    }

    [Fact]
    public async Task Filters_Sorting_AndPaging()
    {
        var org = await app.CreateOrgAsync();
        await AnnGetsWorseAsync(org); // two flags
        await HomeworkAsync(app.Services, org.ClientA2.Id, daysAgo: 20, done: 0); // Ben: homework only
        await HomeworkAsync(app.Services, org.ClientB1.Id, daysAgo: 20, done: 20); // Cleo: all done, not flagged
        using var supervisor = await org.As(org.Supervisor);

        var byFlags = await RiskAsync(supervisor).OkJsonAsync();
        Assert.Equal([org.ClientA1.Id, org.ClientA2.Id], FlaggedIds(byFlags));
        var ben = byFlags.GetProperty("clients")[1];
        Assert.Equal(["homework_overdue"], Codes(ben));
        Assert.Equal("Homework: 0 of 14 done in the last 14 days (0%)", ben.GetProperty("reasons")[0].GetProperty("text").GetString());
        Assert.Equal(1, ClinicianRow(byFlags, org.ClinicianA.Id).GetProperty("homeworkOverdue").GetInt32());

        Assert.Equal([org.ClientA2.Id], FlaggedIds(await RiskAsync(supervisor, "?flag=homework_overdue").OkJsonAsync()));
        Assert.Equal([org.ClientA2.Id], FlaggedIds(await RiskAsync(supervisor, "?track=ChronicIllness").OkJsonAsync()));
        Assert.Empty(FlaggedIds(await RiskAsync(supervisor, $"?clinicianId={org.ClinicianB.Id}").OkJsonAsync()));
        Assert.Equal([org.ClientA1.Id, org.ClientA2.Id], FlaggedIds(await RiskAsync(supervisor, "?sort=name").OkJsonAsync())); // Alpha, Beta

        var second = await RiskAsync(supervisor, "?limit=1&offset=1").OkJsonAsync();
        Assert.Equal([org.ClientA2.Id], FlaggedIds(second));
        Assert.Equal((2, 1, 1), (second.GetProperty("flaggedTotal").GetInt32(), second.GetProperty("limit").GetInt32(), second.GetProperty("offset").GetInt32()));
    }

    /// <summary>CBI answers whose personal scale is the mean of <paramref name="personal"/> (six answers), the other scales low.</summary>
    private static int?[] CbiPersonal(params int[] personal) => [.. personal.Select(p => (int?)p), .. Enumerable.Repeat((int?)0, 6), 100, .. Enumerable.Repeat((int?)0, 6)];

    [Fact]
    public async Task BurnoutRising_NeedsARiseBeyondTheFigure_OrTwoRisesInARow_NotAnyRise()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        // Ann: 50 -> 75, beyond the personal scale's 17-point figure (which is not verified: the rise is not called reliable).
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Cbi, Cbi(50), now.AddDays(-28));
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Cbi, Cbi(75), now.AddDays(-1));
        // Ben: 45.83 -> 50 -> 54.17, two small rises in a row: sustained.
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Cbi, CbiPersonal(50, 50, 50, 50, 50, 25), now.AddDays(-60));
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Cbi, CbiPersonal(50, 50, 50, 50, 50, 50), now.AddDays(-30));
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Cbi, CbiPersonal(75, 50, 50, 50, 50, 50), now.AddDays(-2));
        // Cleo: 45.83 -> 54.17 once: any rise is not enough.
        await ResultAsync(app.Services, org.ClientB1.Id, InstrumentLibrary.Cbi, CbiPersonal(50, 50, 50, 50, 50, 25), now.AddDays(-30));
        await ResultAsync(app.Services, org.ClientB1.Id, InstrumentLibrary.Cbi, CbiPersonal(75, 50, 50, 50, 50, 50), now.AddDays(-2));
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor, "?flag=burnout_rising&sort=name").OkJsonAsync();

        Assert.Equal([org.ClientA1.Id, org.ClientA2.Id], FlaggedIds(risk));
        JsonElement Burnout(int i) => risk.GetProperty("clients")[i].GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "burnout_rising");
        var ann = Burnout(0);
        Assert.Equal("personal", ann.GetProperty("scale").GetString());
        Assert.Equal(
            $"CBI personal burnout rose to 75 (high), by more than the scale's reliable-change figure: 50 -> 75 on {Iso(TodayIn("America/New_York", now.AddDays(-1)))} (its reliable-change figure is not verified, so the change is not called reliable)",
            ann.GetProperty("text").GetString());
        Assert.False(ann.GetProperty("criterionVerified").GetBoolean());
        var ben = Burnout(1);
        Assert.Equal(
            $"CBI personal burnout rose at two results in a row, to 54.17 (moderate): 45.83 -> 50 -> 54.17 on {Iso(TodayIn("America/New_York", now.AddDays(-2)))}",
            ben.GetProperty("text").GetString());
        Assert.Equal(550m / 12m, ben.GetProperty("earlier").GetDecimal(), 10);
        Assert.DoesNotContain("clinical", risk.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, ClinicianRow(risk, org.ClinicianA.Id).GetProperty("burnoutRising").GetInt32());
        Assert.Equal(0, ClinicianRow(risk, org.ClinicianB.Id).GetProperty("burnoutRising").GetInt32());
    }

    [Fact]
    public async Task NotImproving_NeedsTwoResults_AndABaselineInTheClinicalRange()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(10), now.AddDays(-90)); // Ann: 10 -> 10, flagged
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, Phq9(10), now.AddDays(-1));
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(9), now.AddDays(-90)); // Ben: began under 10
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(9), now.AddDays(-1));
        await ResultAsync(app.Services, org.ClientB1.Id, InstrumentLibrary.Phq9, Phq9(18), now.AddDays(-90)); // Cleo: one result only
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor, "?flag=not_improving").OkJsonAsync();

        Assert.Equal([org.ClientA1.Id], FlaggedIds(risk));
    }

    [Fact]
    public async Task AnOpenAlertWithoutASafetyPlan_IsFlagged_UntilAPlanIsOnFile()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using (var raised = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/alerts", new { tier = "High", reason = "seeded" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        }

        using var supervisor = await org.As(org.Supervisor);
        var risk = await RiskAsync(supervisor, "?flag=alert_no_safety_plan").OkJsonAsync();

        var ann = Assert.Single(risk.GetProperty("clients").EnumerateArray());
        Assert.Equal(["alert_open", "alert_no_safety_plan"], Codes(ann));
        Assert.StartsWith("Crisis alert (High) open since ", ann.GetProperty("reasons")[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(" and no safety plan on file", ann.GetProperty("reasons")[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, ClinicianRow(risk, org.ClinicianA.Id).GetProperty("alertsWithoutSafetyPlan").GetInt32());

        var plan = new
        {
            warningSigns = new[] { "Not sleeping" }, copingStrategies = new[] { "Walk" }, distractionPeopleAndPlaces = new[] { "Library" },
            peopleToAskForHelp = new[] { "Sister" }, professionalsAndServices = new[] { "GP" }, makingTheEnvironmentSafe = new[] { "Medicines locked away" },
            reasonsForLiving = new[] { "My children" },
        };
        await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", plan, Ct).OkJsonAsync(HttpStatusCode.Created);

        var after = await RiskAsync(supervisor).OkJsonAsync();
        Assert.Equal(["alert_open"], Codes(Assert.Single(after.GetProperty("clients").EnumerateArray())));
        Assert.Equal(0, ClinicianRow(after, org.ClinicianA.Id).GetProperty("alertsWithoutSafetyPlan").GetInt32());
    }

    [Fact]
    public async Task MeasuresOverdue_WhenTheLastClosedWindowWentUnanswered()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        var today = TodayIn("America/New_York");
        using var clinician = await org.As(org.ClinicianA);
        async Task ScheduleAsync(Guid client, DateOnly start) =>
            Assert.Equal(HttpStatusCode.Created, (await clinician.PostAsJsonAsync($"/api/v1/clients/{client}/measure-schedules",
                new { instrument = "PHQ-9", cadenceDays = 7, start = Iso(start) }, Ct)).StatusCode);
        // Ann and Ben: weekly from ten days ago, so the first window closed three days ago. Ben answered in it; Ann did not.
        await ScheduleAsync(org.ClientA1.Id, today.AddDays(-10));
        await ScheduleAsync(org.ClientA2.Id, today.AddDays(-10));
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, Phq9(4), now.AddDays(-8));
        // Cleo: weekly from today: nothing has closed yet.
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.Created, (await clinicianB.PostAsJsonAsync($"/api/v1/clients/{org.ClientB1.Id}/measure-schedules",
            new { instrument = "PHQ-9", cadenceDays = 7, start = Iso(today) }, Ct)).StatusCode);
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor, "?flag=measures_overdue").OkJsonAsync();

        var ann = Assert.Single(risk.GetProperty("clients").EnumerateArray());
        Assert.Equal(org.ClientA1.Id, ann.GetProperty("clientId").GetGuid());
        Assert.Equal(["measures_overdue"], Codes(ann));
        Assert.Equal($"PHQ-9 overdue: nothing answered in the window from {Iso(today.AddDays(-10))} to {Iso(today.AddDays(-4))}",
            ann.GetProperty("reasons")[0].GetProperty("text").GetString());
        Assert.Equal(1, ClinicianRow(risk, org.ClinicianA.Id).GetProperty("measuresOverdue").GetInt32());
    }

    [Fact]
    public async Task APositiveItem9_InTheLastFourteenDays_IsFlaggedWithItsTier_NotItsAnswer()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        int?[] WithItem9(int answer) => [.. Phq9(6)[..8], answer];
        await ResultAsync(app.Services, org.ClientA1.Id, InstrumentLibrary.Phq9, WithItem9(1), now.AddDays(-13)); // Ann: inside
        await ResultAsync(app.Services, org.ClientA2.Id, InstrumentLibrary.Phq9, WithItem9(3), now.AddDays(-15)); // Ben: too long ago
        await ResultAsync(app.Services, org.ClientB1.Id, InstrumentLibrary.Phq9, WithItem9(2), now.AddHours(-1)); // Cleo: high
        using var supervisor = await org.As(org.Supervisor);

        var risk = await RiskAsync(supervisor, "?flag=item9_positive&sort=name").OkJsonAsync();

        Assert.Equal([org.ClientA1.Id, org.ClientB1.Id], FlaggedIds(risk));
        var ann = risk.GetProperty("clients")[0].GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "item9_positive");
        Assert.Equal(
            $"PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above \"not at all\" on {Iso(TodayIn("America/New_York", now.AddDays(-13)))} (elevated): in the last 14 days",
            ann.GetProperty("text").GetString());
        Assert.Equal("Elevated", ann.GetProperty("tier").GetString());
        var cleo = risk.GetProperty("clients")[1].GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "item9_positive");
        Assert.Equal("High", cleo.GetProperty("tier").GetString());
        Assert.DoesNotContain("answers", risk.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((1, 1), (ClinicianRow(risk, org.ClinicianA.Id).GetProperty("item9Positive").GetInt32(),
            ClinicianRow(risk, org.ClinicianB.Id).GetProperty("item9Positive").GetInt32()));
    }

    [Fact]
    public async Task AnOpenAlert_IsFlagged_AndLateOnceItsDeadlinePassesUnacknowledged()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var org = await portal.CreateOrgAsync();
        using (var client = await portal.As(org.ClientA1))
        {
            await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        }

        using var supervisor = await portal.As(org.Supervisor);
        var open = await RiskAsync(supervisor).OkJsonAsync();
        Assert.Equal(["alert_open", "alert_no_safety_plan", "item9_positive"], Codes(open.GetProperty("clients")[0]));
        Assert.Equal((1, 0), (ClinicianRow(open, org.ClinicianA.Id).GetProperty("openAlerts").GetInt32(), ClinicianRow(open, org.ClinicianA.Id).GetProperty("lateAlerts").GetInt32()));

        portal.Clock.Advance(TimeSpan.FromHours(2)); // past any acknowledgement deadline, not yet fired
        var late = await RiskAsync(supervisor, "?flag=alert_late").OkJsonAsync();
        Assert.Equal(["alert_open", "alert_late", "alert_no_safety_plan", "item9_positive"], Codes(late.GetProperty("clients")[0]));
        Assert.Equal(1, ClinicianRow(late, org.ClinicianA.Id).GetProperty("lateAlerts").GetInt32());

        await portal.FireDueAsync(); // escalated: still late
        using (var clinician = await portal.As(org.ClinicianA))
        {
            Assert.Equal(1, ClinicianRow(await RiskAsync(supervisor).OkJsonAsync(), org.ClinicianA.Id).GetProperty("lateAlerts").GetInt32());
            await clinician.AcknowledgeAsync(await portal.AlertOfAsync(org.ClientA1.Id)).OkJsonAsync();
        }

        var acknowledged = await RiskAsync(supervisor).OkJsonAsync();
        Assert.Equal(["alert_open", "alert_no_safety_plan", "item9_positive"], Codes(acknowledged.GetProperty("clients")[0]));
    }

    [Fact]
    public async Task TheClientSummary_HasTheFlagsNow_AndTheirHistoryNewestFirst_ForTheTeamOnly()
    {
        var org = await app.CreateOrgAsync();
        var worse = await AnnGetsWorseAsync(org);
        await HomeworkAsync(app.Services, org.ClientA1.Id, daysAgo: 30, done: 0);
        using (var clinician = await org.As(org.ClinicianA))
        {
            using var raised = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/alerts", new { tier = "High", reason = "seeded" }, Ct);
            Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, await clinician.GetAsync($"/api/v1/supervision/clients/{org.ClientA1.Id}/summary", Ct).StatusAsync());
        }

        using var supervisor = await org.As(org.Supervisor);
        var summary = await supervisor.GetAsync($"/api/v1/supervision/clients/{org.ClientA1.Id}/summary", Ct).OkJsonAsync();

        Assert.Equal(["deterioration", "not_improving", "homework_overdue", "alert_open", "alert_no_safety_plan"],
            summary.GetProperty("current").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var history = summary.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["alert_open", "homework_overdue", "deterioration", "not_improving", "homework_overdue", "homework_overdue"],
            history.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(history.Select(r => r.GetProperty("at").GetDateTimeOffset()).OrderDescending(), history.Select(r => r.GetProperty("at").GetDateTimeOffset()));
        var today = TodayIn("America/New_York");
        Assert.Equal($"Homework: 0 of 14 done in the 14 days from {Iso(today.AddDays(-28))} to {Iso(today.AddDays(-15))} (0%)", history[4].GetProperty("text").GetString());
        // The oldest stretch holds the plan's first two days.
        Assert.Equal($"Homework: 0 of 2 done in the 14 days from {Iso(today.AddDays(-42))} to {Iso(today.AddDays(-29))} (0%)", history[5].GetProperty("text").GetString());
        Assert.Equal($"PHQ-9 deteriorated reliably: 10 -> 16 on {Iso(TodayIn("America/New_York", worse))}", history[2].GetProperty("text").GetString());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'supervision.client_summary' AND subject_client_id = @c AND outcome = 'Success'", ("c", org.ClientA1.Id)));

        using var admin = await org.As(org.Admin);
        Assert.Equal(HttpStatusCode.OK, await admin.GetAsync($"/api/v1/supervision/clients/{org.ClientA1.Id}/summary", Ct).StatusAsync());
        var other = await OtherTeamAsync(app.Services, org);
        using var secondSupervisor = await app.ClientForAsync(other.Supervisor.Email);
        await secondSupervisor.GetAsync($"/api/v1/supervision/clients/{org.ClientA1.Id}/summary", Ct).ProblemAsync(HttpStatusCode.NotFound);
        var elsewhere = await app.CreateOrgAsync();
        using var foreign = await elsewhere.As(elsewhere.Supervisor);
        await foreign.GetAsync($"/api/v1/supervision/clients/{org.ClientA1.Id}/summary", Ct).ProblemAsync(HttpStatusCode.NotFound);
        await supervisor.GetAsync($"/api/v1/supervision/clients/{Guid.NewGuid()}/summary", Ct).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?clinicianId=abc", "clinicianId")]
    [InlineData("?track=Sleep", "track")]
    [InlineData("?flag=Deterioration", "flag")]
    [InlineData("?sort=date", "sort")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?offset=-1", "offset")]
    public async Task BadQueryValues_Are400sNamingTheField(string query, string field)
    {
        var org = await app.CreateOrgAsync();
        using var supervisor = await org.As(org.Supervisor);

        await RiskAsync(supervisor, query).ProblemAsync(HttpStatusCode.BadRequest, field: field);
    }
}
