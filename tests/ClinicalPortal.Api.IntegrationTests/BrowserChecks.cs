using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>What every browser test checks on a page: axe's serious and critical findings, and the screenshot for docs/ui.</summary>
public static class BrowserChecks
{
    /// <summary>Axe's serious and critical violations on the page as it is now, as readable lines (empty: none).</summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        return results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>Fails with axe's findings when the page has a serious or critical violation.</summary>
    public static async Task AccessibleAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}: {string.Join("; ", violations)}");
    }

    /// <summary>docs/ui/{name}.png at the repository root, made by this test run (linked from the README).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var root = ClinicalPortal.DevTools.Hosting.LocalMachine.FindRepositoryRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (root is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(root, "docs", "ui"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(root, "docs", "ui", name + ".png"), FullPage = true });
    }

    /// <summary>Nothing makes the page scroll sideways on a phone (a table or a long word wider than the screen).</summary>
    public static async Task NoWiderThanTheScreenAsync(IPage page)
    {
        var (content, screen) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.True(content <= screen, $"{page.Url} is {content} px wide on a {screen} px screen");
    }
}
