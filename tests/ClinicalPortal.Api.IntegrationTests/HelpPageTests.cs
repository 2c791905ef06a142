using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// "I need help now" in the client's words (docs/clinical/crisis-escalation.md): the emergency number and the crisis lines first, then that the
/// care team has been told but may not see it straight away, and when the team is there; never a promise of a call.
/// </summary>
public sealed partial class HelpPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Hours =
        "Your care team works Monday to Friday, 09:00 to 17:00 (New York time). At other times nobody from the team may see a message: use the crisis lines shown here.";

    private static readonly string[] PromiseWords = ["on its way", "will contact", "will call", "contact you", "call you", "get back to you", "as soon as"];

    private static async Task<string> PressHelpAsync(BrowserSession client)
    {
        var pressed = await client.SubmitFormAsync("/app", "/app/help", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        return MainOf().Match(await pressed.Content.ReadAsStringAsync(Ct)).Value;
    }

    private static int At(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not on the page: {html}");
        return at;
    }

    private static Task SetWeekdayHoursAsync(HttpClient admin, Guid onCall) =>
        admin.PutAsJsonAsync("/api/v1/organization/coverage", new
        {
            timeZone = "America/New_York",
            hours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(d => new { day = d, opens = "09:00", closes = "17:00" }),
            onCall = new[] { new { userId = onCall, day = "Friday", starts = "17:00", ends = "09:00" } },
        }, Ct).OkJsonAsync();

    [Fact]
    public async Task TheHelpConfirmation_GivesTheEmergencyNumberThenTheCrisisLinesFirst_AndPromisesNoCall()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var main = await PressHelpAsync(client);

        var heading = At(main, "<h1>Get help now</h1>");
        var emergency = At(main, "href=\"tel:911\"");
        var lifeline = At(main, "href=\"tel:988\"");
        var told = At(main, "Your care team has been told that you asked for help, but they may not see it straight away.");
        Assert.True(heading < emergency && emergency < lifeline && lifeline < told, main);
        Assert.True(main.IndexOf("<li", StringComparison.Ordinal) > heading && main.IndexOf("<li", StringComparison.Ordinal) < emergency, main);
        Assert.True(At(main, "id=\"crisis-heading\"") > told); // the rest of the panel (help button, safety plan) after
        Assert.Single(Regex.Matches(main, "href=\"tel:988\"")); // the lines once, not again in the panel
        foreach (var words in PromiseWords)
        {
            Assert.DoesNotContain(words, main, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("availability", main, StringComparison.Ordinal); // no hours set: nothing said about them
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND tier = 'Imminent'", ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task AClientInTheUK_SeesTheUKEmergencyNumberFirst()
    {
        var org = await app.CreateOrgAsync();
        using (var admin = await org.As(org.Admin))
        {
            await admin.PutAsJsonAsync("/api/v1/organization/crisis-lines", new { country = "GB" }, Ct).OkJsonAsync();
        }

        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var main = await PressHelpAsync(client);
        Assert.True(At(main, "href=\"tel:999\"") < At(main, "href=\"tel:116123\""), main);
        Assert.DoesNotContain("tel:911", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceTheHoursAreSet_TheHelpPageAndEveryCrisisPanelSayWhenTheTeamIsThere()
    {
        var org = await app.CreateOrgAsync();
        using (var admin = await org.As(org.Admin))
        {
            await SetWeekdayHoursAsync(admin, org.ClinicianB.Id);
        }

        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var main = await PressHelpAsync(client);
        Assert.True(At(main, "Your care team has been told") < At(main, $"<p class=\"availability\">{Hours}</p>"), main);
        Assert.True(At(main, "href=\"tel:911\"") < At(main, Hours));

        foreach (var page in new[] { "/app", "/app/questionnaires/C-SSRS-SCREEN", "/app/progress", "/app/homework" })
        {
            var html = await client.Http.GetStringAsync(page, Ct);
            var panel = PanelOf().Match(html).Value;
            Assert.True(At(panel, "href=\"tel:911\"") < At(panel, $"<p class=\"availability\">{Hours}</p>"), $"{page}: {panel}");
        }

        // The API answers say the same, for the help press as for the lines.
        using var api = await org.As(org.ClientA1);
        Assert.Equal(Hours, (await api.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync())
            .GetProperty("crisisResources").GetProperty("availability").GetString());
        Assert.Equal(Hours, (await api.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted))
            .GetProperty("crisisResources").GetProperty("availability").GetString());
    }

    [GeneratedRegex("<main[\\s\\S]*?</main>")]
    private static partial Regex MainOf();

    [GeneratedRegex("<aside class=\"crisis\"[\\s\\S]*?</aside>")]
    private static partial Regex PanelOf();
}
