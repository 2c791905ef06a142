using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The page an alert e-mail links to: sign in, see the alert and its timeline, acknowledge, note, resolve; 404 outside reach.</summary>
public sealed class AlertPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLinkedPage_AfterSignIn_ShowsTheAlert_AndAcknowledgesNotesAndResolvesIt()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var page = $"/alerts/{alert}";

        using var browser = new BrowserSession(app);
        var anonymous = await browser.Http.GetAsync(page, Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var signedIn = await browser.SubmitFormAsync(anonymous.Headers.Location.PathAndQuery,
            new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(page, signedIn.Headers.Location!.OriginalString);

        var html = await browser.Http.GetStringAsync(page, Ct);
        Assert.Contains("Imminent risk alert: waiting for someone to acknowledge it", html, StringComparison.Ordinal);
        Assert.Contains("Ann Alpha", html, StringComparison.Ordinal);

        var acknowledged = await browser.SubmitFormAsync(page, $"{page}?handler=Acknowledge", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        var noted = await browser.SubmitFormAsync(page, $"{page}?handler=Note", new Dictionary<string, string> { ["Note"] = "Called, no answer yet." });
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var refused = await browser.SubmitFormAsync(page, $"{page}?handler=Resolve",
            new Dictionary<string, string> { ["Disposition"] = "UnableToReach", ["Note"] = "No answer." });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the page again, saying what is missing
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"resolve-followUpAt-error\">Give when you will try again", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("No phone or emergency contact is on record for this client.", refusedHtml, StringComparison.Ordinal);
        var unassessed = await browser.SubmitFormAsync(page, $"{page}?handler=Resolve",
            new Dictionary<string, string> { ["Disposition"] = "ContactedSafe", ["Note"] = "Reached on the second call; safe." });
        Assert.Equal(HttpStatusCode.OK, unassessed.StatusCode); // an imminent alert closes only with a documented assessment
        Assert.Contains("id=\"resolve-riskAssessment-error\">Closing an alert of imminent risk needs a documented risk assessment", await unassessed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var resolved = await browser.SubmitFormAsync(page, $"{page}?handler=Resolve", new Dictionary<string, string>
        {
            ["Disposition"] = "ContactedSafe", ["Note"] = "Reached on the second call; safe.", ["RiskLevel"] = "Low",
            ["Rationale"] = "No intent; plan reviewed.", ["SafetyPlanReviewed"] = "false", ["MeansCounselling"] = "true",
            ["NextContactAt"] = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["OffsetMinutes"] = "60",
        });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);

        Assert.Equal(["Raised", "Notified", "Acknowledged", "NoteAdded", "Resolved"], await app.TimelineKindsAsync(alert));
        Assert.Contains("Resolved", await browser.Http.GetStringAsync(page, Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'alert.acknowledge' AND resource_id = @a AND actor_user_id = @u AND outcome = 'Success'",
            ("a", alert.ToString()), ("u", org.ClinicianA.Id)));
    }

    [Fact]
    public async Task AResolveForm_LoadedBeforeANewTrigger_SavesNothing_AndShowsTheAlertAsItIsNow()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created); // Elevated
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var page = $"/alerts/{alert}";
        using var browser = new BrowserSession(app);
        await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.Supervisor.Email, ["Password"] = PortalApp.Password });
        var shown = (int)(await app.RowsAsync("SELECT version FROM alerts WHERE id = @a", ("a", alert)))[0]["version"]!;
        Assert.Contains($"name=\"ExpectedVersion\" value=\"{shown}\"", await browser.Http.GetStringAsync(page, Ct), StringComparison.Ordinal);

        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // now Imminent
        var stale = await browser.SubmitFormAsync(page, $"{page}?handler=Resolve", new Dictionary<string, string>
        {
            ["Disposition"] = "FalsePositive", ["Note"] = "Answered by mistake.", ["ExpectedVersion"] = shown.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Nothing was saved: this alert changed since you opened it", html, StringComparison.Ordinal);
        Assert.Contains("Imminent risk alert", html, StringComparison.Ordinal);
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
        Assert.DoesNotContain("Resolved", await app.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task AContactForm_LoadedBeforeANewTrigger_DoesNotTakeOverTheNewCrisis()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created); // Elevated
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        var shown = (await clinician.AcknowledgeAsync(alert).OkJsonAsync()).GetProperty("version").GetInt32();
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted); // open again, Imminent

        var page = $"/alerts/{alert}";
        using var browser = await BrowserSession.SignedInAsync(app, org.ClinicianA);
        var stale = await browser.SubmitFormAsync(page, $"{page}?handler=Contact", new Dictionary<string, string>
        {
            ["Channel"] = "Phone", ["Reached"] = "false", ["ExpectedVersion"] = shown.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Nothing was saved: this alert changed since you opened it", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Open", (string)(await app.RowsAsync("SELECT status FROM alerts WHERE id = @a", ("a", alert)))[0]["status"]!);
        Assert.DoesNotContain("ContactAttempted", await app.TimelineKindsAsync(alert));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM alert_deadlines WHERE alert_id = @a AND kind = 'Escalation' AND fired_at IS NULL AND cancelled_at IS NULL", ("a", alert)));
    }

    [Fact]
    public async Task ThePage_SaysWhyTheAlertIsOfItsTier_AndTheProposerOfAFalsePositiveIsNotOfferedTheCoSignature()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments",
            new { instrument = "C-SSRS-SCREEN", answers = new[] { 1, 1, 1, 1, 1, 1, 1 } }, Ct).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var page = $"/alerts/{alert}";
        using var browser = await BrowserSession.SignedInAsync(app, org.ClinicianA);

        var html = WebUtility.HtmlDecode(await browser.Http.GetStringAsync(page, Ct));
        Assert.Contains("<dt>Why</dt>", html, StringComparison.Ordinal);
        Assert.Contains("C-SSRS: suicidal intent with a worked-out plan in the past month.", html, StringComparison.Ordinal);
        Assert.Contains("C-SSRS: suicidal behaviour within the past 3 months.", html, StringComparison.Ordinal);

        await clinician.ResolveAsync(alert, new { disposition = "FalsePositive", note = "Entered in error in session.", riskAssessment = AlertApi.Assessment }).OkJsonAsync();
        var proposed = await browser.Http.GetStringAsync(page, Ct);
        Assert.Contains("You proposed this, so someone else must co-sign it.", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Cosign", proposed, StringComparison.Ordinal);
        using var supervisor = await BrowserSession.SignedInAsync(app, org.Supervisor);
        Assert.Contains("handler=Cosign", await supervisor.Http.GetStringAsync(page, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideReach_ThePageIsNotFound_AndItsFormsChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);

        using (var asClient = new BrowserSession(app))
        {
            await asClient.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClientA1.Email, ["Password"] = PortalApp.Password });
            Assert.Equal(HttpStatusCode.NotFound, (await asClient.Http.GetAsync($"/alerts/{alert}", Ct)).StatusCode);
        }

        // Clinician B has an alert of its own client: its page gives B a valid form token, which B then posts at A1's alert.
        using var clientB1 = await org.As(org.ClientB1);
        await clientB1.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var own = $"/alerts/{await app.AlertOfAsync(org.ClientB1.Id)}";
        using var browser = new BrowserSession(app);
        await browser.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClinicianB.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(own, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync($"/alerts/{alert}", Ct)).StatusCode);
        foreach (var (handler, fields) in new[]
                 {
                     ("Acknowledge", new Dictionary<string, string>()),
                     ("Note", new Dictionary<string, string> { ["Note"] = "not mine" }),
                     ("Resolve", new Dictionary<string, string> { ["Disposition"] = "FalsePositive", ["Note"] = "not mine" }),
                 })
        {
            var posted = await browser.SubmitFormAsync(own, $"/alerts/{alert}?handler={handler}", fields);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.Equal(["Raised", "Notified"], await app.TimelineKindsAsync(alert));
    }

    [Fact]
    public async Task TheSignInPage_ListsEveryCountrysEmergencyNumber_NotOneCountrysCrisisLine()
    {
        using var browser = new BrowserSession(app);
        var html = await browser.Http.GetStringAsync("/account/login", Ct);

        foreach (var expected in new[] { "United States 911", "United Kingdom 999", "Australia 000", "New Zealand 111", "Ireland 112", "Canada 911" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("988", html, StringComparison.Ordinal);
    }
}
