using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The crisis pathway's staff forms in a real browser, in the reader's own time zone: the alert's resolution (refused
/// beside the questions it misses, with what was typed kept; a closing assessment; a bounded "could not reach") and the
/// administrator's service hours and on-call rota, each checked with axe and for a page no wider than the phone.
/// </summary>
[Trait("Kind", "Browser")]
public sealed class BrowserCrisisFormsTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task ClosingAnImminentAlert_OnAPhone_AsksForTheRiskAssessmentBesideItsQuestions_ThenSavesIt_InTheReadersZone()
    {
        var org = await app.CreateOrgAsync();
        var alert = await ImminentAlertAsync(org);
        var page = await _browser.SignInAsync(org.ClinicianA, width: 375, height: 812, timeZone: "America/New_York");
        await page.GotoAsync($"/alerts/{alert}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Imminent risk alert: waiting for someone to acknowledge it");
        await Assertions.Expect(page.Locator("main dl time").First).ToContainTextAsync("EST");
        await BrowserChecks.NoWiderThanTheScreenAsync(page);
        await BrowserChecks.AccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge: I am dealing with it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Acknowledged. Now reach the client");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Resolve" });
        await form.GetByLabel("Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Reached the client: safe for now" });
        await form.GetByLabel("Note", new() { Exact = true }).FillAsync("Reached on the second call; safe tonight.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nothing was saved: see the fields marked below.");
        await Assertions.Expect(form.Locator("#resolve-riskAssessment-error")).ToHaveTextAsync(
            "Closing an alert of imminent risk needs a documented risk assessment: the risk level and why, the safety plan, lethal means and the next contact.");
        await Assertions.Expect(form.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Reached on the second call; safe tonight.");
        await Assertions.Expect(form.GetByLabel("Outcome")).ToHaveValueAsync("ContactedSafe");
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE id = @a AND status = 'Acknowledged' AND risk_assessment IS NULL", ("a", alert)));
        await BrowserChecks.NoWiderThanTheScreenAsync(page);
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "clinician-resolve-refused-phone");

        // Half an assessment: the missing questions are named beside themselves, the answered ones kept.
        await form.GetByLabel("Risk now").SelectOptionAsync(new SelectOptionValue { Label = "Low" });
        await form.GetByLabel("Why (what you found, protective factors)").FillAsync("No intent or plan; lives with partner; plan reviewed.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("Risk now")).ToHaveValueAsync("Low");
        await Assertions.Expect(form.Locator("#resolve-riskAssessment-safetyPlanReviewed-error")).ToHaveTextAsync("Say whether you reviewed the safety plan with the client.");
        await Assertions.Expect(form.Locator("#resolve-riskAssessment-meansCounselling-error")).ToHaveTextAsync("Say whether access to lethal means was discussed.");
        await Assertions.Expect(form.GetByLabel("Next contact")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByLabel("Next contact")).ToHaveAttributeAsync("aria-describedby", "resolve-riskAssessment-nextContactAt-error");
        Assert.Equal(0, await form.Locator("#resolve-riskAssessment-level-error").CountAsync());

        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var tomorrowAtTen = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, newYork).Date.AddDays(1).AddHours(10);
        await form.GetByRole(AriaRole.Group, new() { Name = "Safety plan reviewed with the client?" }).GetByLabel("Yes").CheckAsync();
        await form.GetByRole(AriaRole.Group, new() { Name = "Access to lethal means discussed?" }).GetByLabel("Yes").CheckAsync();
        await form.GetByLabel("Next contact").FillAsync(tomorrowAtTen.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // The client has no safety plan on file: none can have been reviewed.
        var planReviewed = form.GetByRole(AriaRole.Group, new() { Name = "Safety plan reviewed with the client?" });
        await Assertions.Expect(form.Locator("#resolve-riskAssessment-safetyPlanReviewed-error")).ToHaveTextAsync(Application.Alerts.ResolveAlertHandler.NoPlanToReview);
        await Assertions.Expect(planReviewed.GetByLabel("Yes")).ToBeCheckedAsync();
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE id = @a AND status = 'Acknowledged'", ("a", alert)));
        await planReviewed.GetByLabel("No").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Imminent risk alert: resolved");
        var assessment = page.Locator("main dl").Filter(new() { HasText = "Risk now" });
        await Assertions.Expect(assessment).ToContainTextAsync("Safety plan reviewedNo (none on file)");
        await Assertions.Expect(assessment).ToContainTextAsync("Lethal means discussedYes");
        await Assertions.Expect(assessment.Locator("time")).ToContainTextAsync("10:00");
        await Assertions.Expect(assessment.Locator("time")).ToContainTextAsync("EST");
        Assert.Equal(0, await page.GetByRole(AriaRole.Form, new() { Name = "Resolve" }).CountAsync());
        var stored = (await app.RowsAsync("SELECT risk_assessment::text AS a, status FROM alerts WHERE id = @a", ("a", alert)))[0];
        Assert.Equal("Resolved", stored["status"]);
        var expected = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(tomorrowAtTen, newYork), TimeSpan.Zero);
        Assert.Equal(expected, await NextContactAtAsync(alert));
        Assert.DoesNotContain("No intent or plan", (string)stored["a"]!, StringComparison.Ordinal); // the rationale is stored encrypted
        await BrowserChecks.NoWiderThanTheScreenAsync(page);
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "clinician-alert-resolved-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CouldNotReachTheClient_AsksOnlyHowAndWhenAgain_AndATryAgainBeyondTheTiersBoundIsRefusedBesideIt()
    {
        var org = await app.CreateOrgAsync();
        var alert = await ImminentAlertAsync(org);
        var page = await _browser.SignInAsync(org.ClinicianA, timeZone: "Asia/Kolkata");
        await page.GotoAsync($"/alerts/{alert}");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Resolve" });
        await Assertions.Expect(form.GetByLabel("Risk now")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByLabel("How you tried")).ToBeHiddenAsync();

        await form.GetByLabel("Outcome").SelectOptionAsync(new SelectOptionValue { Label = "Could not reach the client: try again later" });
        await Assertions.Expect(form.GetByLabel("Risk now")).ToBeHiddenAsync();
        await Assertions.Expect(form.GetByLabel("How you tried")).ToBeVisibleAsync();
        await Assertions.Expect(form).ToContainTextAsync("(India Standard Time)");
        await form.GetByLabel("How you tried").SelectOptionAsync(new SelectOptionValue { Label = "Phone call" });
        await form.GetByLabel("Note", new() { Exact = true }).FillAsync("Rang twice, voicemail.");
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, kolkata).DateTime;
        var local = (DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await form.GetByLabel("Try again by").FillAsync(local(now.AddDays(2)));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nothing was saved: see the fields marked below.");
        await Assertions.Expect(form.Locator("#resolve-followUpAt-error")).ToHaveTextAsync("For an alert of imminent risk the next try must be within 4 hours of this one.");
        await Assertions.Expect(form.GetByLabel("Try again by")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByLabel("How you tried")).ToBeVisibleAsync(); // the outcome sent is chosen again, its part shown
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE id = @a AND status = 'Open' AND follow_up_at IS NULL", ("a", alert)));
        await BrowserChecks.AccessibleAsync(page);

        var inTwoHours = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified).AddHours(2);
        await form.GetByLabel("Try again by").FillAsync(local(inTwoHours));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Imminent risk alert: acknowledged; the client could not be reached yet");
        await Assertions.Expect(page.Locator("ul.contacts")).ToContainTextAsync("Phone call, not reached");
        var followUp = (await app.RowsAsync("SELECT follow_up_at FROM alerts WHERE id = @a", ("a", alert)))[0]["follow_up_at"];
        Assert.Equal(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(inTwoHours, kolkata), TimeSpan.Zero), new DateTimeOffset((DateTime)followUp!, TimeSpan.Zero));
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "clinician-alert-unreached-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheAdministrator_SetsTheHoursAndTheRota_OnAPhone_ABadDayIsNamedBesideItsRow_AndClientsAreToldTheHours()
    {
        var org = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin, width: 375, height: 812);
        await admin.GotoAsync("/app/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Service hours and on-call rota" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Service hours and on-call rota");
        await Assertions.Expect(admin.Locator("section[aria-labelledby=coverage-now-heading]")).ToContainTextAsync("No hours are set");
        await BrowserChecks.NoWiderThanTheScreenAsync(admin);
        await BrowserChecks.AccessibleAsync(admin);

        await admin.GetByLabel("Time zone of the hours").FillAsync("Mars/Olympus");
        await admin.GetByLabel("Monday: opens").FillAsync("09:00");
        await admin.GetByLabel("Monday: closes").FillAsync("17:00");
        await admin.GetByLabel("Tuesday: opens").FillAsync("17:00");
        await admin.GetByLabel("Tuesday: closes").FillAsync("09:00");
        var shift = admin.GetByRole(AriaRole.Group, new() { Name = "On-call shift 1 (empty: add one)" });
        await shift.GetByLabel("Who is on call").SelectOptionAsync(new SelectOptionValue { Label = $"Clinician B {org.Tag} (Clinician)" });
        await shift.GetByLabel("Day the shift starts").SelectOptionAsync("Monday");
        await shift.GetByLabel("Starts", new() { Exact = true }).FillAsync("17:00");
        await shift.GetByLabel("Ends (before the start: the next morning; the same time: 24 hours)").FillAsync("09:00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the hours and the rota" }).ClickAsync();

        await Assertions.Expect(admin.Locator("#timeZone-error")).ToHaveTextAsync(Pages.App.UiText.CoverageZoneNeeds);
        await Assertions.Expect(admin.GetByLabel("Time zone of the hours")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(admin.GetByLabel("Monday: opens")).ToHaveValueAsync("09:00");
        Assert.Null((await app.RowsAsync("SELECT coverage FROM organizations WHERE id = @o", ("o", org.Id)))[0]["coverage"]);

        await admin.GetByLabel("Time zone of the hours").FillAsync("Europe/London");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the hours and the rota" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#hours-Tuesday-error")).ToHaveTextAsync("The team cannot close before it opens (hours run within one day).");
        Assert.Null((await app.RowsAsync("SELECT coverage FROM organizations WHERE id = @o", ("o", org.Id)))[0]["coverage"]);
        await BrowserChecks.NoWiderThanTheScreenAsync(admin);
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-coverage-refused-phone");

        await admin.GetByLabel("Tuesday: opens").FillAsync("09:00");
        await admin.GetByLabel("Tuesday: closes").FillAsync("17:00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the hours and the rota" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("The hours and the rota are saved.");
        const string told = "Your care team works Monday and Tuesday, 09:00 to 17:00 (London time).";
        await Assertions.Expect(admin.Locator("section[aria-labelledby=coverage-now-heading]")).ToContainTextAsync(told);
        await Assertions.Expect(admin.GetByRole(AriaRole.Group, new() { Name = "On-call shift 1" }).GetByLabel("Who is on call"))
            .ToHaveValueAsync(org.ClinicianB.Id.ToString());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND coverage->>'timeZone' = 'Europe/London' AND jsonb_array_length(coverage->'hours') = 2 " +
            "AND jsonb_array_length(coverage->'onCall') = 1", ("o", org.Id)));
        await BrowserChecks.NoWiderThanTheScreenAsync(admin);
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-coverage-phone");
        await admin.Context.CloseAsync();

        var client = await _browser.SignInAsync(org.ClientA1, width: 375, height: 812);
        await client.GotoAsync("/app/help");
        await Assertions.Expect(client.Locator("main")).ToContainTextAsync(told);
        await client.Context.CloseAsync();
    }

    private async Task<Guid> ImminentAlertAsync(TestOrg org)
    {
        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        return await app.AlertOfAsync(org.ClientA1.Id);
    }

    private async Task<DateTimeOffset> NextContactAtAsync(Guid alert)
    {
        var row = (await app.RowsAsync("SELECT (risk_assessment->>'nextContactAt')::timestamptz AS at FROM alerts WHERE id = @a", ("a", alert)))[0];
        return new DateTimeOffset((DateTime)row["at"]!, TimeSpan.Zero);
    }
}
