using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The C-SSRS screener in a real browser on a 375 px phone: with JavaScript a dependent question appears once its gate
/// opens it and goes (its answer cleared) when the gate changes back; without JavaScript the server asks in two steps.
/// Every positive screen is saved, shows the crisis lines, and raises its alert for the clinician.
/// </summary>
[Trait("Kind", "Browser")]
public sealed class BrowserQuestionnaireTests(PortalApp app) : IAsyncLifetime
{
    private const string Page = "/app/questionnaires/C-SSRS-SCREEN";

    private BrowserApp _browser = null!;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private static ILocator Question(IPage page, string text) => page.Locator("fieldset.item").Filter(new() { HasText = text });

    private static Task AnswerAsync(IPage page, string question, string answer) =>
        Question(page, question).GetByLabel(answer, new() { Exact = true }).CheckAsync();

    private const string Q1 = "wished you were dead";
    private const string Q2 = "any thoughts of killing yourself";
    private const string Q3 = "thinking about how you might do this";
    private const string Q4 = "some intention of acting on them";
    private const string Q5 = "worked out the details";
    private const string Q6 = "Have you ever done anything";
    private const string Q6a = "within the past 3 months";

    /// <summary>
    /// The result of a risk answer: saved, the notice (for imminent risk: call the emergency number now), the emergency
    /// number first in the lines, and nothing that invites the client to wait for the clinician.
    /// </summary>
    private async Task SentWithTheCrisisLinesAsync(IPage page, bool scripted = true, bool imminent = false)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you: your answers are saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("may not see it straight away");
        var notice = page.GetByRole(AriaRole.Alert);
        await (imminent ? Assertions.Expect(notice).ToContainTextAsync("Call 911 now") : Assertions.Expect(notice).Not.ToContainTextAsync("Call 911 now"));
        var lines = page.Locator(".crisis.urgent .lines li");
        await Assertions.Expect(lines.First).ToContainTextAsync("911");
        await Assertions.Expect(lines.Nth(1)).ToContainTextAsync("988");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("will go through");
        await (scripted ? BrowserChecks.AccessibleAsync(page) : AccessibleWithoutScriptAsync(page));
    }

    /// <summary>
    /// Axe on a page of a browser without JavaScript: axe is a script, so it runs on the same HTML in a second, scripted
    /// page of the app's origin (the stylesheet loads the same), never in the page itself, where it would wait forever.
    /// </summary>
    private async Task AccessibleWithoutScriptAsync(IPage page)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _browser.BaseAddress.ToString(), ViewportSize = page.ViewportSize is { } v ? new ViewportSize { Width = v.Width, Height = v.Height } : null,
        });
        context.SetDefaultTimeout((float)BrowserApp.Wait.TotalMilliseconds);
        var copy = await context.NewPageAsync();
        await copy.GotoAsync("/account/login");
        await copy.SetContentAsync(await page.ContentAsync());
        await BrowserChecks.AccessibleAsync(copy);
        await context.CloseAsync();
    }

    [Fact]
    public async Task WithJavaScript_YesToQuestion1Only_IsSavedWithTheCrisisLines_AndTheClinicianSeesTheAlert()
    {
        var org = await app.CreateOrgAsync();
        var client = await _browser.SignInAsync(org.ClientA1, width: 375, height: 780);
        await client.GotoAsync(Page);
        foreach (var dependent in new[] { Q3, Q4, Q5, Q6a })
        {
            await Assertions.Expect(Question(client, dependent)).ToBeHiddenAsync();
        }

        await BrowserChecks.AccessibleAsync(client);
        await AnswerAsync(client, Q1, "Yes");
        await AnswerAsync(client, Q2, "No");
        await AnswerAsync(client, Q6, "No");
        await Assertions.Expect(Question(client, Q3)).ToBeHiddenAsync();
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await SentWithTheCrisisLinesAsync(client);
        await client.Context.CloseAsync();

        var clinician = await _browser.SignInAsync(org.ClinicianA);
        await clinician.GotoAsync("/alerts");
        var row = clinician.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ann Alpha" });
        await Assertions.Expect(row).ToContainTextAsync("Elevated risk");
        await clinician.Context.CloseAsync();
    }

    [Fact]
    public async Task WithJavaScript_TheWholePathToAPlan_OpensEachQuestionInTurn_AndRaisesAnImminentAlert()
    {
        var org = await app.CreateOrgAsync();
        var client = await _browser.SignInAsync(org.ClientA1, width: 375, height: 780);
        await client.GotoAsync(Page);

        await AnswerAsync(client, Q1, "Yes");
        await AnswerAsync(client, Q2, "Yes");
        await Assertions.Expect(Question(client, Q3)).ToBeVisibleAsync();
        await AnswerAsync(client, Q3, "Yes");
        // The gate turned back to no: its questions go, with their answers; back to yes, they are empty again.
        await AnswerAsync(client, Q2, "No");
        await Assertions.Expect(Question(client, Q3)).ToBeHiddenAsync();
        await AnswerAsync(client, Q2, "Yes");
        await Assertions.Expect(Question(client, Q3)).ToBeVisibleAsync();
        await Assertions.Expect(Question(client, Q3).GetByLabel("Yes", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Assertions.Expect(Question(client, Q3).GetByLabel("Yes", new() { Exact = true })).ToHaveAttributeAsync("required", "");

        foreach (var question in new[] { Q3, Q4, Q5 })
        {
            await AnswerAsync(client, question, "Yes");
        }

        await AnswerAsync(client, Q6, "Yes");
        await Assertions.Expect(Question(client, Q6a)).ToBeVisibleAsync();
        await AnswerAsync(client, Q6a, "No");
        await BrowserChecks.AccessibleAsync(client);
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await SentWithTheCrisisLinesAsync(client, imminent: true);
        await BrowserChecks.ScreenshotAsync(client, "client-cssrs-imminent-phone");
        await client.Context.CloseAsync();
        Assert.Equal("Imminent", (string)Assert.Single(await app.RowsAsync("SELECT tier FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)))["tier"]!);
    }

    [Fact]
    public async Task WithoutJavaScript_TheScreenerAsksInTwoSteps_AndSavesTheScreen()
    {
        var org = await app.CreateOrgAsync();
        var client = await _browser.SignInAsync(org.ClientA1, width: 375, height: 780, javaScript: false);
        await client.GotoAsync(Page);
        await Assertions.Expect(Question(client, Q3)).ToBeHiddenAsync();

        await AnswerAsync(client, Q1, "Yes");
        await AnswerAsync(client, Q2, "Yes");
        await AnswerAsync(client, Q6, "No");
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        // Step 2: the gate read-only, its questions to answer; nothing saved yet.
        await Assertions.Expect(client.GetByRole(AriaRole.Status).First).ToContainTextAsync("there are a few more questions");
        await Assertions.Expect(client.Locator("dl.answered")).ToContainTextAsync("Your answer: Yes");
        await Assertions.Expect(Question(client, Q1)).ToHaveCountAsync(0);
        await Assertions.Expect(Question(client, Q3)).ToBeVisibleAsync();
        await AccessibleWithoutScriptAsync(client);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA1.Id)));

        await AnswerAsync(client, Q3, "No");
        await AnswerAsync(client, Q4, "No");
        await AnswerAsync(client, Q5, "No");
        await client.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await SentWithTheCrisisLinesAsync(client, scripted: false);
        await client.Context.CloseAsync();
        Assert.Equal("Elevated", (string)Assert.Single(await app.RowsAsync("SELECT tier FROM alerts WHERE client_id = @c", ("c", org.ClientA1.Id)))["tier"]!);
    }
}
