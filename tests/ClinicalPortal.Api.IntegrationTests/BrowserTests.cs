using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The pages in a real browser (Chromium through Playwright), signed in through the real login page.</summary>
[Trait("Kind", "Browser")]
public sealed class BrowserTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    /// <summary>Ann (A1): PHQ-9 8 a month ago, 15 yesterday (reliably worse).</summary>
    private async Task AnnGetsWorseAsync(TestOrg org)
    {
        var now = DateTimeOffset.UtcNow;
        await SupervisionSeeding.ResultAsync(app.Services, org.ClientA1.Id, Domain.Measures.InstrumentLibrary.Phq9, SupervisionSeeding.Phq9(8), now.AddDays(-30));
        await SupervisionSeeding.ResultAsync(app.Services, org.ClientA1.Id, Domain.Measures.InstrumentLibrary.Phq9, SupervisionSeeding.Phq9(15), now.AddDays(-1));
    }

    [Fact]
    public async Task AClientAnsweringPhq9WithItem9AtTwo_SeesTheCrisisLinesAndTheirSafetyPlanAtOnce_AndTheClinicianSeesTheAlert()
    {
        var org = await app.CreateOrgAsync();
        using (var clinicianApi = await org.As(org.ClinicianA))
        {
            using var plan = await clinicianApi.PutAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", System.Net.Http.Json.JsonContent.Create(new
            {
                warningSigns = new[] { "Not sleeping" }, copingStrategies = new[] { "Walk the dog" }, distractionPeopleAndPlaces = Array.Empty<string>(),
                peopleToAskForHelp = new[] { "My sister Jo" }, professionalsAndServices = Array.Empty<string>(),
                makingTheEnvironmentSafe = Array.Empty<string>(), reasonsForLiving = new[] { "My children" },
            }), TestContext.Current.CancellationToken);
            Assert.True(plan.IsSuccessStatusCode, await plan.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var client = await _browser.SignInAsync(org.ClientA1, width: 360, height: 780);
        await BrowserChecks.AccessibleAsync(client);
        Assert.True(await client.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).IsVisibleAsync());
        await BrowserChecks.ScreenshotAsync(client, "client-home-phone");

        await client.GotoAsync("/app/questionnaires/PHQ-9");
        await BrowserChecks.AccessibleAsync(client);
        var items = client.Locator("fieldset.item");
        Assert.Equal(9, await items.CountAsync());
        for (var i = 0; i < 8; i++)
        {
            await items.Nth(i).GetByLabel("Several days").CheckAsync();
        }

        await items.Nth(8).GetByLabel("More than half the days").CheckAsync();
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        var alert = client.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("thoughts of ending your life or of harming yourself");
        await Assertions.Expect(client.Locator(".crisis .lines")).ToContainTextAsync("988");
        await Assertions.Expect(client.Locator(".crisis details")).ToContainTextAsync("My sister Jo");
        Assert.True(await client.Locator(".crisis details").GetAttributeAsync("open") is not null, "the safety plan is shown open");
        await BrowserChecks.AccessibleAsync(client);
        await BrowserChecks.ScreenshotAsync(client, "client-phq9-risk-phone");

        var clinician = await _browser.SignInAsync(org.ClinicianA);
        await clinician.GotoAsync("/alerts");
        await Assertions.Expect(clinician.Locator("main")).ToContainTextAsync("Ann Alpha");
        await BrowserChecks.ScreenshotAsync(clinician, "clinician-alerts-desktop");

        // The clinician's notification of it: unread, linking to the alert; marking it read leaves the alert open.
        await clinician.GotoAsync("/app/notifications");
        var notification = clinician.Locator("ul.notifications li").First;
        await Assertions.Expect(notification).ToContainTextAsync("you were told as the clinician, unread");
        await BrowserChecks.AccessibleAsync(clinician);
        await BrowserChecks.ScreenshotAsync(clinician, "clinician-notifications-desktop");
        await notification.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Assertions.Expect(clinician.Locator("ul.notifications li").First).Not.ToContainTextAsync("unread");
        Assert.Equal(0, await clinician.Locator("ul.notifications button").CountAsync());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND acknowledged_at IS NULL", ("c", org.ClientA1.Id)));
        await clinician.Context.CloseAsync();
        await client.Context.CloseAsync();
    }

    [Fact]
    public async Task AClinician_SeesTheCaseloadAtAGlance_AndAnotherOrganisationsClinicianSeesOnlyTheirOwn()
    {
        var org = await app.CreateOrgAsync();
        await AnnGetsWorseAsync(org);

        foreach (var (width, name) in new[] { (1440, "clinician-caseload-desktop"), (360, "clinician-caseload-phone") })
        {
            var page = await _browser.SignInAsync(org.ClinicianA, width: width);
            await page.GetByRole(AriaRole.Link, new() { Name = "Clients at a glance" }).ClickAsync();
            var ann = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ann Alpha" });
            await Assertions.Expect(ann).ToContainTextAsync("PHQ-9 15: ▼ worse, deteriorated reliably since the first");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ben Beta" })).ToContainTextAsync("No results yet");
            await BrowserChecks.AccessibleAsync(page);
            await BrowserChecks.ScreenshotAsync(page, name);
            await page.Context.CloseAsync();
        }

        // The client's page: the chart (SVG from the server) and the table with the same numbers.
        var clinician = await _browser.SignInAsync(org.ClinicianA);
        await clinician.GotoAsync("/app/clients");
        await clinician.GetByRole(AriaRole.Link, new() { Name = "Ann Alpha" }).ClickAsync();
        await Assertions.Expect(clinician.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ann Alpha");
        Assert.Equal(1, await clinician.Locator("figure.chart svg").CountAsync());
        await Assertions.Expect(clinician.Locator("table")).ToContainTextAsync("15");
        await Assertions.Expect(clinician.Locator("figure.chart svg")).ToContainTextAsync("15");
        await BrowserChecks.AccessibleAsync(clinician);
        await BrowserChecks.ScreenshotAsync(clinician, "clinician-client-desktop");
        var annUrl = clinician.Url;
        await clinician.Context.CloseAsync();

        var elsewhere = await app.CreateOrgAsync();
        var other = await _browser.SignInAsync(elsewhere.ClinicianA);
        var foreign = await other.GotoAsync(annUrl);
        Assert.Equal(404, foreign!.Status);
        await other.GotoAsync("/app/clients");
        // Every test organisation has an "Ann Alpha"; theirs has no results, ours has a PHQ-9 of 15.
        await Assertions.Expect(other.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ann Alpha" })).ToContainTextAsync("No results yet");
        await Assertions.Expect(other.Locator("main")).Not.ToContainTextAsync("PHQ-9 15");
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task ASupervisor_SeesTheDeterioratingClientWithItsReason_AndTheTeamsFigures()
    {
        var org = await app.CreateOrgAsync();
        await AnnGetsWorseAsync(org);

        var supervisor = await _browser.SignInAsync(org.Supervisor);
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Supervision: caseload risk and team well-being" }).ClickAsync();

        var flagged = supervisor.Locator("ul.flagged");
        await Assertions.Expect(flagged).ToContainTextAsync("Ann Alpha");
        await Assertions.Expect(flagged).ToContainTextAsync("PHQ-9 deteriorated reliably: 8 -> 15 on");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Clinician A" })).ToContainTextAsync("2");
        await Assertions.Expect(supervisor.Locator("main")).ToContainTextAsync("figures when the month closes");
        await BrowserChecks.AccessibleAsync(supervisor);
        await BrowserChecks.ScreenshotAsync(supervisor, "supervisor-desktop");

        var phone = await _browser.SignInAsync(org.Supervisor, width: 360, height: 780);
        await phone.GotoAsync("/app/supervision");
        await Assertions.Expect(phone.Locator("ul.flagged")).ToContainTextAsync("Ann Alpha");
        await BrowserChecks.AccessibleAsync(phone);
        await BrowserChecks.ScreenshotAsync(phone, "supervisor-phone");
        await phone.Context.CloseAsync();

        await supervisor.GotoAsync("/app/alerts");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await supervisor.Context.CloseAsync();

        var clinician = await _browser.SignInAsync(org.ClinicianA);
        Assert.Equal(404, (await clinician.GotoAsync("/app/supervision"))!.Status);
        await clinician.Context.CloseAsync();
    }

    [Fact]
    public async Task TheHelpButton_AlertsTheCareTeam_AndShowsTheCrisisLines_AndTwoPressesMakeOneAlert()
    {
        var org = await app.CreateOrgAsync();
        var client = await _browser.SignInAsync(org.ClientB1, width: 360, height: 780);
        await client.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).ClickAsync();

        await Assertions.Expect(client.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Get help now");
        await Assertions.Expect(client.Locator(".crisis .lines")).ToContainTextAsync("988"); // the organisation's country, the US
        await BrowserChecks.AccessibleAsync(client);
        await client.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Get help now");
        await client.Context.CloseAsync();

        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", org.ClientB1.Id)));
    }

    [Fact]
    public async Task AQuestionnaire_CanBeAnsweredWithTheKeyboardAlone()
    {
        var org = await app.CreateOrgAsync();
        var page = await _browser.SignInAsync(org.ClientA2);
        await page.GotoAsync("/app/questionnaires/GAD-7");

        // Tab into the first group; arrow keys choose within a radio group; Tab moves to the next group.
        await page.Locator("fieldset.item").First.Locator("input").First.FocusAsync();
        for (var item = 0; item < 7; item++)
        {
            await page.Keyboard.PressAsync("Space");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Thank you");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your GAD-7 score is 7");
        await BrowserChecks.ScreenshotAsync(page, "client-gad7-result-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnonymousVisitors_GoToSignIn_AndStaffGetA404ForTheClientsQuestionnaire()
    {
        var org = await app.CreateOrgAsync();
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _browser.BaseAddress.ToString() });
        context.SetDefaultTimeout((float)BrowserApp.Wait.TotalMilliseconds);
        var anonymous = await context.NewPageAsync();
        await anonymous.GotoAsync("/app");
        Assert.Equal("/account/login", new Uri(anonymous.Url).AbsolutePath);
        await BrowserChecks.AccessibleAsync(anonymous);
        await context.CloseAsync();

        var clinician = await _browser.SignInAsync(org.ClinicianA);
        var response = await clinician.GotoAsync("/app/questionnaires/PHQ-9");
        Assert.Equal(404, response!.Status);
        await clinician.Context.CloseAsync();
    }
}
