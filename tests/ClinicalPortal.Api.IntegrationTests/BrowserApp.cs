using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The test run's app served by Kestrel on a loopback port (a second instance on the same database with the same keys),
/// and Debian's Chromium driven by Playwright against it: a real browser over real HTTP. One browser per test class;
/// each test opens its own contexts (cookie jars), one per person.
/// </summary>
public sealed class BrowserApp : IAsyncDisposable
{
    /// <summary>Debian's package; Playwright's own browser download is not available here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> _host;
    private readonly IPlaywright _playwright;

    private BrowserApp(WebApplicationFactory<Program> host, IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        _host = host;
        _playwright = playwright;
        Browser = browser;
        BaseAddress = baseAddress;
    }

    public IBrowser Browser { get; }

    public Uri BaseAddress { get; }

    /// <summary>
    /// Generous waits: the whole suite runs on two cores beside the browser, and a page that answers in 50 ms alone may
    /// take seconds then. A wait that runs out fails the test with what the page showed.
    /// </summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    public static async Task<BrowserApp> StartAsync(PortalApp app)
    {
        Assertions.SetDefaultExpectTimeout((float)Wait.TotalMilliseconds);
        var host = app.SecondInstance();
        // A free loopback port of the system's choosing, so runs and other servers never collide.
        host.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        host.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new BrowserApp(host, playwright, browser, host.ClientOptions.BaseAddress);
    }

    /// <summary>
    /// A fresh browser context (its own cookies) of the given width, signed in as the person through the real login page;
    /// with <paramref name="javaScript"/> false, a browser that runs no script at all; <paramref name="timeZone"/> (an IANA
    /// id) is the reader's zone, the machine's when null.
    /// </summary>
    public async Task<IPage> SignInAsync(Person person, int width = 1440, int height = 900, bool javaScript = true, string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript,
            TimezoneId = timeZone,
        });
        context.SetDefaultTimeout((float)Wait.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Wait.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByLabel("E-mail").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(PortalApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // The page's own document, not its load event: on a loaded machine a "load" that Chromium already fired was once
            // waited for in vain for 120 s (CI) while the page stood signed in. Its main landmark is the condition.
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/app", new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("main").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Signing in as {person.Email} did not reach /app: the page is at {page.Url}.", e);
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }
}
