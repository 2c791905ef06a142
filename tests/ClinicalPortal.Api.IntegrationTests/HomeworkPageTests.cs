using System.Net;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The homework page's form over plain HTTP: what the server does with a form a browser would not stop.</summary>
public sealed class HomeworkPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARequiredStepLeftEmpty_IsNamedOnThePage_AndNothingIsRecorded_AndAnotherClientsPostChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        var page = $"/app/homework/{today.Task}";

        using (var stranger = await BrowserSession.SignedInAsync(app, org.ClientA2))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(page, Ct)).StatusCode);
            // A post from another client's session with a valid token of its own (from its home page) is a 404 too.
            var refused = await stranger.SubmitFormAsync("/app", page, new Dictionary<string, string> { ["Steps[3].Text"] = "Not mine", ["DistressBefore"] = "2" });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var missing = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Steps[0].Done"] = "true", ["DistressBefore"] = "5" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var marked = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<p class=\"field-error\" id=\"step-3-error\">This step is needed to save the task", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-0-error\"", marked, StringComparison.Ordinal);
        var still = await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync();
        Assert.Equal(("Due", System.Text.Json.JsonValueKind.Null), (still.GetProperty("status").GetString(), still.GetProperty("distressBefore").ValueKind));

        // Without the antiforgery token the post is refused before it reaches the page.
        var forged = await client.Http.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["Steps[3].Text"] = "Dear me" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var done = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Steps[0].Done"] = "true", ["Steps[3].Text"] = "Dear me, you did what you could.", ["Steps[4].Rating"] = "8",
            ["DistressBefore"] = "6", ["DistressAfter"] = "3",
        });
        var donePage = await done.Content.ReadAsStringAsync(Ct);
        Assert.True(donePage.Contains("saved as done. Your distress went from 6 to 3.", StringComparison.Ordinal),
            System.Text.RegularExpressions.Regex.Match(donePage, "<main[\\s\\S]*?</form>").Value);
        var recorded = await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync();
        Assert.Equal(("Done", 6, 3), (recorded.GetProperty("status").GetString(), recorded.GetProperty("distressBefore").GetInt32(), recorded.GetProperty("distressAfter").GetInt32()));
        var letter = recorded.GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("stepId").GetString() == "letter");
        Assert.Equal("Dear me, you did what you could.", letter.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ASkipWithoutAReason_IsRefusedOnThePage_AndOneWithAReasonIsRecorded()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, Break);
        var page = $"/app/homework/{today.Task}";
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        var empty = await client.SubmitFormAsync(page, $"{page}?handler=Skip", new Dictionary<string, string> { ["SkipReason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await empty.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<p class=\"field-error\" id=\"skip-error\">", refused, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"skip-error\"", refused, StringComparison.Ordinal);
        Assert.Equal("Due", (await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync()).GetProperty("status").GetString());

        var skipped = await client.SubmitFormAsync(page, $"{page}?handler=Skip", new Dictionary<string, string> { ["SkipReason"] = "Too tired after the infusion." });
        Assert.Contains("this task is skipped", await skipped.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var recorded = await today.Client.GetAsync($"/api/v1/me/homework/{today.Task}", Ct).OkJsonAsync();
        Assert.Equal(("Skipped", "Too tired after the infusion."), (recorded.GetProperty("status").GetString(), recorded.GetProperty("skipReason").GetString()));
    }

    [Fact]
    public async Task ATaskWhoseDayHasNotBegun_CannotBeRecordedYet_AndItsPageSaysSo()
    {
        var org = await app.CreateOrgAsync();
        var tomorrow = TodayIn("America/New_York").AddDays(1);
        using var clinician = await org.As(org.ClinicianA);
        await clinician.AssignAsync(org.ClientA1.Id, Daily(FriendLetter, tomorrow, tomorrow)).OkJsonAsync(HttpStatusCode.Created);
        using var api = await org.As(org.ClientA1);
        var task = (await api.GetAsync("/api/v1/me/homework", Ct).OkJsonAsync())[0];
        Assert.Equal(("Due", false), (task.GetProperty("status").GetString(), task.GetProperty("canRecord").GetBoolean()));

        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var html = await client.Http.GetStringAsync($"/app/homework/{task.GetProperty("id").GetGuid()}", Ct);
        Assert.Contains("This task opens on its day", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"homework\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("What you recorded", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameCompletionPostedTwiceAtOnce_IsRecordedOnce_AndBothAnswersSayItIsDone()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        var page = $"/app/homework/{today.Task}";
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // One form, as the browser has it (its antiforgery token and completion key), sent twice at once: a double tap.
        // Only the steps answered are sent; the others are left out, which leaves the answers of the later steps in place.
        var html = await client.Http.GetStringAsync(page, Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var key = System.Text.RegularExpressions.Regex.Match(html, "name=\"CompleteKey\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(key);
        Dictionary<string, string> Form() => new()
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token), ["CompleteKey"] = key,
            ["Steps[0].Id"] = "why", ["Steps[0].Done"] = "true", ["Steps[3].Id"] = "letter", ["Steps[3].Text"] = "Dear me, one step at a time.",
            ["DistressBefore"] = "5", ["DistressAfter"] = "2",
        };
        var answers = await Task.WhenAll(
            client.Http.PostAsync(page, new FormUrlEncodedContent(Form()), Ct),
            client.Http.PostAsync(page, new FormUrlEncodedContent(Form()), Ct));
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("saved as done. Your distress went from 5 to 2.", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM homework_tasks WHERE id = @t AND state = 'Done'", ("t", today.Task)));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'homework.complete' AND resource_id = @t AND outcome = 'Success' AND details::text NOT LIKE '%replayed%'",
            ("t", today.Task.ToString())));
    }
}
