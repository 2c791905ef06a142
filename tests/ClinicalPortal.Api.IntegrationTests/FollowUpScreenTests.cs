using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Screen, then assess (NPSG 15.01.01): a PHQ-9 with item 9 above 0 puts the C-SSRS screener first in the client's due
/// list at once, once, until a screener is answered; the alert shows where that stands, and a positive screener asks
/// the clinician for a fuller assessment without asking the client the screener again.
/// </summary>
public sealed class FollowUpScreenTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly int?[] NegativeScreen = [0, 0, null, null, null, 0, null];
    private static readonly int?[] MethodScreen = [1, 1, 1, 0, 0, 0, null]; // Columbia: moderate risk (our High)

    private static Task<JsonElement> ScreenAsync(HttpClient http, Guid clientId, int?[] answers) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/assessments", new { instrument = "C-SSRS-SCREEN", answers }, Ct)
            .OkJsonAsync(HttpStatusCode.Created);

    private static async Task<List<JsonElement>> DueAsync(HttpClient client) =>
        (await client.GetAsync("/api/v1/me/assessments/due", Ct).OkJsonAsync()).EnumerateArray().ToList();

    private static async Task ScheduleFromYesterdayAsync(HttpClient clinician, Guid clientId, string instrument)
    {
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await clinician.PostAsJsonAsync($"/api/v1/clients/{clientId}/measure-schedules",
            new { instrument, cadenceDays = 14, start = yesterday }, Ct).OkJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Client A1 with a GAD-7 due on its schedule (since yesterday) and a PHQ-9 with item 9 = 1 just submitted (returned).</summary>
    internal static async Task<JsonElement> PositivePhq9BesideAScheduledGad7Async(TestOrg org)
    {
        using var clinician = await org.As(org.ClinicianA);
        await ScheduleFromYesterdayAsync(clinician, org.ClientA1.Id, "GAD-7");
        using var client = await org.As(org.ClientA1);
        return await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Phq9Item9Positive_PutsTheScreenerDueAtOnce_FirstAndOnce_UntilItIsAnswered()
    {
        var org = await app.CreateOrgAsync();
        var phq9 = await PositivePhq9BesideAScheduledGad7Async(org);
        using var client = await org.As(org.ClientA1);

        var due = await DueAsync(client);
        Assert.Equal(["C-SSRS-SCREEN", "GAD-7"], due.Select(d => d.GetProperty("instrument").GetString()));
        var screen = due[0];
        Assert.Equal("FollowUpScreen", screen.GetProperty("reason").GetString());
        Assert.Equal("Your answers to an earlier questionnaire mean we'd like to ask a few more questions. Please answer these first.",
            screen.GetProperty("reasonText").GetString());
        Assert.Equal(JsonValueKind.Null, screen.GetProperty("scheduleId").ValueKind);
        Assert.Equal(JsonValueKind.Null, screen.GetProperty("expiresAt").ValueKind); // due until answered
        Assert.Equal(7, screen.GetProperty("itemCount").GetInt32());
        Assert.Equal(phq9.GetProperty("submittedAt").GetDateTimeOffset(), screen.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("Scheduled", due[1].GetProperty("reason").GetString());
        Assert.NotEqual(JsonValueKind.Null, due[1].GetProperty("scheduleId").ValueKind);

        // A second positive PHQ-9 while the screener is due: still one entry.
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 3).OkJsonAsync(HttpStatusCode.Created);
        Assert.Single(await DueAsync(client), d => d.GetProperty("instrument").GetString() == "C-SSRS-SCREEN");

        await ScreenAsync(client, org.ClientA1.Id, NegativeScreen);
        Assert.Equal(["GAD-7"], (await DueAsync(client)).Select(d => d.GetProperty("instrument").GetString()));
    }

    [Fact]
    public async Task Phq9Item9Zero_PutsNothingDue()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 0).OkJsonAsync(HttpStatusCode.Created);

        Assert.Empty(await DueAsync(client));
    }

    [Fact]
    public async Task AScreenerAnsweredBeforeThePhq9_DoesNotAnswerIt_AndTheClinicianCanAnswerItInSession()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await ScreenAsync(client, org.ClientA1.Id, NegativeScreen);
        Assert.Empty(await DueAsync(client));

        // A clinician's PHQ-9 in session asks for the screener as the client's own does.
        using var clinician = await org.As(org.ClinicianA);
        await clinician.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        var due = Assert.Single(await DueAsync(client));
        Assert.Equal(("C-SSRS-SCREEN", "FollowUpScreen"), (due.GetProperty("instrument").GetString(), due.GetProperty("reason").GetString()));

        // The clinician answers it with the client in session: it is no longer due for the client.
        await ScreenAsync(clinician, org.ClientA1.Id, NegativeScreen);
        Assert.Empty(await DueAsync(client));
    }

    [Fact]
    public async Task AScheduledScreener_IsListedOnceBesideTheFollowUp_AndOneAnswerClosesBoth()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await ScheduleFromYesterdayAsync(clinician, org.ClientA1.Id, "C-SSRS-SCREEN");
        using var client = await org.As(org.ClientA1);
        Assert.Equal("Scheduled", Assert.Single(await DueAsync(client)).GetProperty("reason").GetString());

        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("FollowUpScreen", Assert.Single(await DueAsync(client)).GetProperty("reason").GetString());

        await ScreenAsync(client, org.ClientA1.Id, NegativeScreen);
        Assert.Empty(await DueAsync(client)); // the schedule's window and the follow-up, both answered
    }

    [Fact]
    public async Task TheAlert_ShowsTheScreenerDue_ThenAnswered_AndAPositiveOneAsksForAFullerAssessment_NotAnotherScreener()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var phq9 = await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);

        var due = (await clinician.GetAlertAsync(alert).OkJsonAsync()).GetProperty("screening");
        Assert.Equal("Due", due.GetProperty("status").GetString());
        Assert.Equal(phq9.GetProperty("id").GetGuid(), due.GetProperty("triggerAssessmentId").GetGuid());
        Assert.Equal(JsonValueKind.Null, due.GetProperty("screenerAssessmentId").ValueKind);
        Assert.False(due.GetProperty("fullerAssessmentNeeded").GetBoolean());
        Assert.Contains("stays due until", due.GetProperty("guidance").GetString(), StringComparison.Ordinal);
        // Lists carry no screening (like the timeline): it is read for one alert.
        var listed = (await clinician.GetAsync("/api/v1/alerts", Ct).OkJsonAsync()).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == alert);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("screening").ValueKind);

        var screener = await ScreenAsync(client, org.ClientA1.Id, MethodScreen); // joins the open alert
        Assert.Equal(alert, await app.AlertOfAsync(org.ClientA1.Id));
        var answered = (await clinician.GetAlertAsync(alert).OkJsonAsync()).GetProperty("screening");
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Equal(screener.GetProperty("id").GetGuid(), answered.GetProperty("screenerAssessmentId").GetGuid());
        Assert.Equal(screener.GetProperty("submittedAt").GetDateTimeOffset(), answered.GetProperty("screenerAnsweredAt").GetDateTimeOffset());
        Assert.Equal("High", answered.GetProperty("screenerTier").GetString());
        Assert.True(answered.GetProperty("fullerAssessmentNeeded").GetBoolean());
        Assert.Contains("fuller clinical suicide risk assessment", answered.GetProperty("guidance").GetString(), StringComparison.Ordinal);
        Assert.Empty(await DueAsync(client)); // the screener is not asked again

        using var browser = new BrowserSession(app);
        await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        var html = await browser.Http.GetStringAsync($"/alerts/{alert}", Ct);
        Assert.Contains("Follow-up screen (C-SSRS screener)", html, StringComparison.Ordinal);
        Assert.Contains(": positive (high risk).", html, StringComparison.Ordinal);
        Assert.Contains("do a fuller clinical suicide risk assessment", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/clients/{org.ClientA1.Id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAlert_AfterANegativeScreener_SaysSo_AndAScreenerAlertOfItsOwnAsksForAFullerAssessment()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 1).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        await ScreenAsync(client, org.ClientA1.Id, NegativeScreen); // no risk answer: raises nothing
        using var clinician = await org.As(org.ClinicianA);
        var negative = (await clinician.GetAlertAsync(alert).OkJsonAsync()).GetProperty("screening");
        Assert.Equal(("Answered", JsonValueKind.Null, false),
            (negative.GetProperty("status").GetString(), negative.GetProperty("screenerTier").ValueKind, negative.GetProperty("fullerAssessmentNeeded").GetBoolean()));

        // A screener answered positive for a client without a PHQ-9: its alert asks for the fuller assessment at once.
        using var other = await org.As(org.ClientA2);
        var own = await ScreenAsync(other, org.ClientA2.Id, MethodScreen);
        var screening = (await clinician.GetAlertAsync(await app.AlertOfAsync(org.ClientA2.Id)).OkJsonAsync()).GetProperty("screening");
        Assert.Equal(JsonValueKind.Null, screening.GetProperty("triggerAssessmentId").ValueKind);
        Assert.Equal(own.GetProperty("id").GetGuid(), screening.GetProperty("screenerAssessmentId").GetGuid());
        Assert.True(screening.GetProperty("fullerAssessmentNeeded").GetBoolean());
        Assert.Empty(await DueAsync(other));

        // A help request's alert is not a screen: nothing to show.
        using var third = await org.As(org.ClientB1);
        await third.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(JsonValueKind.Null,
            (await clinicianB.GetAlertAsync(await app.AlertOfAsync(org.ClientB1.Id)).OkJsonAsync()).GetProperty("screening").ValueKind);
    }

    [Fact]
    public async Task OnlyTheClientSeesItsDueScreener_StaffOutsideReachGet404_AndTheReadsAreAuditedWithoutHealthData()
    {
        var org = await app.CreateOrgAsync();
        var elsewhere = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        using var anotherClient = await org.As(org.ClientA2);
        Assert.Empty(await DueAsync(anotherClient));
        using var clinicianA = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, await clinicianA.GetAsync("/api/v1/me/assessments/due", Ct).StatusAsync());
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.GetAlertAsync(alert).StatusAsync());
        using var outsider = await elsewhere.As(elsewhere.Admin);
        Assert.Equal(HttpStatusCode.NotFound, await outsider.GetAlertAsync(alert).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await anotherClient.GetAlertAsync(alert).StatusAsync()); // clients read no alerts
        Assert.Equal("Due", (await clinicianA.GetAlertAsync(alert).OkJsonAsync()).GetProperty("screening").GetProperty("status").GetString());
        Assert.Single(await DueAsync(client));

        var reads = await app.RowsAsync(
            "SELECT subject_client_id, details FROM audit_events WHERE action = 'assessment.due' AND organization_id = @o AND subject_client_id = @c",
            ("o", org.Id), ("c", org.ClientA1.Id));
        Assert.Equal("""{"count": 1}""", (string)Assert.Single(reads)["details"]!); // jsonb: a count, no instrument
        var alertReads = await app.RowsAsync(
            "SELECT resource_id, subject_client_id FROM audit_events WHERE action = 'alert.read' AND organization_id = @o AND outcome = 'Success'",
            ("o", org.Id));
        Assert.Equal((alert.ToString(), (object?)org.ClientA1.Id), ((string)Assert.Single(alertReads)["resource_id"]!, alertReads[0]["subject_client_id"]));
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM audit_events e WHERE e.organization_id = @o AND (e::text LIKE '%C-SSRS%' OR e::text LIKE '%FollowUp%')", ("o", org.Id)));
    }

    [Fact]
    public async Task BadInput_IsStill400NamingTheField_AndAsksForNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var refused = await client.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments",
            new { instrument = "PHQ-9", answers = new int?[] { 0, 0, 0, 0, 0, 0, 0, 0, 4 } }, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("answers[8]", out _), refused.ToString());
        Assert.Empty(await DueAsync(client));
    }

    [Fact]
    public async Task TheClientsHome_ShowsTheScreenerFirst_InPlainWords()
    {
        var org = await app.CreateOrgAsync();
        await PositivePhq9BesideAScheduledGad7Async(org);

        using var browser = new BrowserSession(app);
        var signedIn = await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClientA1.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var html = await browser.Http.GetStringAsync("/app", Ct);
        var section = System.Text.RegularExpressions.Regex.Match(html, "<section aria-labelledby=\"due-heading\">[\\s\\S]*?</section>").Value;
        var screener = section.IndexOf("href=\"/app/questionnaires/C-SSRS-SCREEN\"", StringComparison.Ordinal);
        var scheduled = section.IndexOf("href=\"/app/questionnaires/GAD-7\"", StringComparison.Ordinal);
        Assert.True(screener >= 0 && scheduled > screener, section);
        Assert.Contains("<p class=\"reason\">Your answers to an earlier questionnaire mean we&#x27;d like to ask a few more questions.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("FollowUpScreen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduled", section, StringComparison.Ordinal);
    }
}
