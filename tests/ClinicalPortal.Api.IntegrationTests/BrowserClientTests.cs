using System.Net;
using Microsoft.Playwright;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A client's own pages in a real browser: homework step by step, with and without JavaScript, and their progress.</summary>
[Trait("Kind", "Browser")]
public sealed class BrowserClientTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    /// <summary>Clicks the one visible "Next step" button (JavaScript shows one step at a time).</summary>
    private static Task NextAsync(IPage page) => page.Locator("section.step:not([hidden]) button.next").ClickAsync();

    /// <summary>A new organisation whose first client has today's self-compassion break, opened from their home page at this size.</summary>
    private async Task<(TestOrg Org, IPage Page)> OpenTodaysBreakAsync(int width, int height)
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinicianApi = await org.As(org.ClinicianA);
        await clinicianApi.AssignAsync(org.ClientA1.Id, Daily(Break, today, today)).OkJsonAsync(HttpStatusCode.Created);
        var page = await _browser.SignInAsync(org.ClientA1, width: width, height: height);
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Self-compassion break" }).ClickAsync();
        return (org, page);
    }

    [Fact]
    public async Task AClientDoesTheSelfCompassionBreak_OneStepAtATime_WithTheTimer_AndTheClinicianReadsTheReflection()
    {
        var (org, page) = await OpenTodaysBreakAsync(width: 360, height: 780);
        using var clinicianApi = await org.As(org.ClinicianA);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Self-compassion break");

        // One step at a time: the distress rating first, everything else hidden.
        var visible = page.Locator("section.step:not([hidden])");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        await Assertions.Expect(visible).ToContainTextAsync("Step 1 of 7: Before you start");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).IsVisibleAsync());
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "client-homework-step-phone");
        await page.Locator("#before-7").CheckAsync();
        await NextAsync(page);
        await page.GetByLabel("I have read this").CheckAsync();
        await NextAsync(page);
        await page.Locator("#step-1-rating-6").CheckAsync();
        await NextAsync(page);

        // The timed practice: the timer counts down from 5:00 and can be paused.
        var clock = page.Locator(".timer .clock");
        await Assertions.Expect(clock).ToHaveTextAsync("5:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the timer" }).ClickAsync();
        await Assertions.Expect(clock).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^4:5\\d$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause the timer" }).ClickAsync();
        await page.GetByLabel("I did this practice").CheckAsync();
        await BrowserChecks.AccessibleAsync(page);
        await NextAsync(page);
        await page.Locator("#step-3-rating-3").CheckAsync();
        await NextAsync(page);
        await page.GetByLabel("Which part of the break helped most").FillAsync("The hand on my heart.");
        await NextAsync(page);
        await page.Locator("#after-4").CheckAsync();
        await page.GetByLabel("Anything you want to remember").FillAsync("Calmer after the break.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save: I did it" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("saved as done. Your distress went from 7 to 4.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The hand on my heart.");
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "client-homework-done-phone");
        await page.Context.CloseAsync();

        // What was recorded, as the clinician reads it over the API.
        var homework = (await clinicianApi.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync())[0];
        Assert.Equal(("Done", 7, 4), (homework.GetProperty("status").GetString(), homework.GetProperty("distressBefore").GetInt32(), homework.GetProperty("distressAfter").GetInt32()));
        Assert.Equal("Calmer after the break.", homework.GetProperty("reflection").GetString());
        var responses = homework.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("stepId").GetString()!);
        Assert.True(responses["break"].GetProperty("done").GetBoolean());
        Assert.Equal(6, responses["before"].GetProperty("rating").GetInt32());
        Assert.Equal("The hand on my heart.", responses["helped"].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AtPhoneWidth_APracticeWithTouch_ShowsTheWayBackFirst_ItsSource_AndLinksTheBackdraftEntry()
    {
        var (_, page) = await OpenTodaysBreakAsync(width: 375, height: 812);
        var safeguards = page.Locator("section.safeguards");
        await Assertions.Expect(safeguards).ToBeVisibleAsync();
        await Assertions.Expect(safeguards).ToContainTextAsync("A way back, at any moment:");
        await Assertions.Expect(safeguards).ToContainTextAsync("soles of your feet");
        await Assertions.Expect(safeguards).ToContainTextAsync("Touch is always optional.");
        // Before the first step, and the adapted exercise names its source.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('section.safeguards').compareDocumentPosition(document.querySelector('section.step')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        await Assertions.Expect(page.Locator("p.attribution")).ToContainTextAsync("Kristin Neff and Christopher Germer");
        await BrowserChecks.NoWiderThanTheScreenAsync(page);
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "client-homework-safeguards-phone");

        await safeguards.GetByRole(AriaRole.Link, new() { Name = "When kindness stirs up old pain (backdraft)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("When kindness stirs up old pain (backdraft)");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("For clinicians");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "I need help now" }).IsVisibleAsync());
        await BrowserChecks.NoWiderThanTheScreenAsync(page);
        await BrowserChecks.AccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_EveryStepIsOnOnePage_AndAClientCanSkipWithAReason_WhileOthersGet404s()
    {
        var org = await app.CreateOrgAsync();
        var today = TodayIn("America/New_York");
        using var clinicianApi = await org.As(org.ClinicianA);
        await clinicianApi.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, today, today)).OkJsonAsync(HttpStatusCode.Created);

        // The page as a browser that runs none of our scripts gets it (axe, which runs in the page, still can: a
        // context with JavaScript disabled would leave it waiting forever).
        var page = await _browser.SignInAsync(org.ClientA1);
        await page.RouteAsync("**/js/*.js", route => route.AbortAsync());
        await page.GotoAsync("/app/homework");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Notice the inner critic and answer it kindly");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Five minutes is enough.");
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "client-homework-week-desktop");
        await page.GetByRole(AriaRole.Link, new() { Name = "Treat yourself as you would a friend" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.step")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("section.step:not([hidden])")).ToHaveCountAsync(8);
        Assert.Equal(0, await page.Locator(".step-nav").CountAsync());
        await BrowserChecks.AccessibleAsync(page);
        var taskUrl = page.Url;

        await page.GetByText("I can't do this today").ClickAsync();
        await page.GetByLabel("What got in the way?").FillAsync("A flare-up, in bed all day.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip this task" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("this task is skipped");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A flare-up, in bed all day.");
        await page.Context.CloseAsync();

        var homework = (await clinicianApi.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/homework", Ct).OkJsonAsync())[0];
        Assert.Equal(("Skipped", "A flare-up, in bed all day."), (homework.GetProperty("status").GetString(), homework.GetProperty("skipReason").GetString()));

        // Another client, and staff, get 404 pages for this task.
        foreach (var person in new[] { org.ClientA2, org.ClinicianA })
        {
            var other = await _browser.SignInAsync(person);
            Assert.Equal(404, (await other.GotoAsync(taskUrl))!.Status);
            await other.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task AClientSeesTheirOwnProgress_AsAChartAndATable_AndDownloadsTheirReport()
    {
        var org = await app.CreateOrgAsync();
        var now = DateTimeOffset.UtcNow;
        await SupervisionSeeding.ResultAsync(app.Services, org.ClientA2.Id, Domain.Measures.InstrumentLibrary.Phq9, SupervisionSeeding.Phq9(16), now.AddDays(-20));
        await SupervisionSeeding.ResultAsync(app.Services, org.ClientA2.Id, Domain.Measures.InstrumentLibrary.Phq9, SupervisionSeeding.Phq9(9), now.AddDays(-2));

        var page = await _browser.SignInAsync(org.ClientA2);
        await page.GetByRole(AriaRole.Link, new() { Name = "My progress" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My progress");
        await Assertions.Expect(page.Locator("figure.chart svg")).ToHaveCountAsync(1);
        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("16");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("9");
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "client-progress-desktop");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my report" }).ClickAsync());
        var path = await download.PathAsync();
        var head = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head, Ct);
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA2.Id)));

        // A period the report refuses is said on the page, and nothing is disclosed.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2026-05-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download my report" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA2.Id)));
        await page.Context.CloseAsync();
    }
}
