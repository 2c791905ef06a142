using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The follow-up screen in a real browser: first on the client's home, in plain words; on the clinician's alert page.</summary>
[Trait("Kind", "Browser")]
public sealed class BrowserFollowUpScreenTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task APositivePhq9_PutsTheScreenerFirstOnTheClientsHome_AndTheAlertPageSaysItIsDue()
    {
        var org = await app.CreateOrgAsync();
        await FollowUpScreenTests.PositivePhq9BesideAScheduledGad7Async(org);

        var home = await _browser.SignInAsync(org.ClientA1, width: 360, height: 780);
        var due = home.Locator("section[aria-labelledby=due-heading] li");
        await Assertions.Expect(due).ToHaveCountAsync(2);
        await Assertions.Expect(due.First.GetByRole(AriaRole.Link))
            .ToHaveTextAsync("Columbia-Suicide Severity Rating Scale - Screen Version (recent)");
        await Assertions.Expect(due.First).ToContainTextAsync("Your answers to an earlier questionnaire mean we'd like to ask a few more questions.");
        await Assertions.Expect(due.Nth(1)).ToContainTextAsync("Generalized Anxiety Disorder");
        Assert.True(await home.EvaluateAsync<bool>(
            "document.querySelector('section[aria-labelledby=due-heading]').compareDocumentPosition(document.querySelector('section[aria-labelledby=today-heading]')) === Node.DOCUMENT_POSITION_FOLLOWING"),
            "the follow-up screen comes before today's homework");
        await BrowserChecks.AccessibleAsync(home);
        await BrowserChecks.ScreenshotAsync(home, "client-home-follow-up-phone");
        await due.First.GetByRole(AriaRole.Link).ClickAsync();
        await home.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/app/questionnaires/C-SSRS-SCREEN");
        await home.Context.CloseAsync();

        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        var page = await _browser.SignInAsync(org.ClinicianA);
        await page.GotoAsync($"/app/alerts/{alert}");
        var screening = page.Locator("section[aria-labelledby=screening-heading]");
        await Assertions.Expect(screening).ToContainTextAsync("not answered yet");
        await Assertions.Expect(screening).ToContainTextAsync("stays due until the client, or you in session, answer it");
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, "clinician-alert-follow-up-desktop");
        await screening.GetByRole(AriaRole.Link, new() { Name = "The client's results" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/app/clients/{org.ClientA1.Id}");
        await page.Context.CloseAsync();
    }
}
