using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The questionnaire page over plain HTTP, as a browser without JavaScript sends it: the C-SSRS screener's skip logic
/// from its definition (Columbia: questions 1, 2 and 6 asked of everyone; 3-5 after a yes to 2; the past-3-months
/// follow-up after a yes to 6), in two steps; a positive screen always saved with its alert and the crisis lines shown.
/// </summary>
public sealed partial class QuestionnairePageTests(PortalApp app)
{
    private const string Page = "/app/questionnaires/C-SSRS-SCREEN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Answers by item number as the radio buttons post them (1 = yes, 0 = no).</summary>
    private static Dictionary<string, string> Answers(params (int Item, int Value)[] answers) =>
        answers.ToDictionary(a => $"Answers[{a.Item}]", a => a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<string> HtmlAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {MainOf().Match(html).Value}");
        return html;
    }

    /// <summary>The item numbers the page asks as questions (a fieldset not hidden), and those of them it requires.</summary>
    private static (List<int> Shown, List<int> Required) Questions(string html)
    {
        var shown = new List<int>();
        var required = new List<int>();
        foreach (Match fieldset in Fieldset().Matches(html))
        {
            if (fieldset.Groups["attrs"].Value.Contains(" hidden", StringComparison.Ordinal))
            {
                continue;
            }

            var number = int.Parse(RadioName().Match(fieldset.Value).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            shown.Add(number);
            if (fieldset.Value.Contains(" required", StringComparison.Ordinal))
            {
                required.Add(number);
            }
        }

        return (shown, required);
    }

    /// <summary>Step 1 posted, step 2 asking exactly <paramref name="step2Asks"/>, then step 2 posted: both pages.</summary>
    private static async Task<(string Step2, string Saved)> InTwoStepsAsync(
        BrowserSession client, Dictionary<string, string> step1, int[] step2Asks, Dictionary<string, string> step2)
    {
        var asked = await HtmlAsync(await client.SubmitFormAsync(Page, step1));
        Assert.Equal(step2Asks, Questions(asked).Shown);
        return (asked, await HtmlAsync(await client.PostFormAsync(asked, Page, step2)));
    }

    private Task<long> AssessmentsAsync(Person client) =>
        app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", client.Id));

    private Task<long> AlertsAsync(Person client) =>
        app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c", ("c", client.Id));

    private async Task<string> StoredAnswersAsync(Person client) =>
        (string)Assert.Single(await app.RowsAsync("SELECT array_to_string(answers, ',', '-') AS a FROM assessments WHERE client_id = @c", ("c", client.Id)))["a"]!;

    /// <summary>The page says the answers are saved, with the risk notice and the crisis lines; Ann's stored answers and her alert's tier as her clinician reads it.</summary>
    private async Task SavedWithAlertAsync(TestOrg org, string html, string stored, string tier)
    {
        Assert.Contains("Thank you: your answers are saved", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", html, StringComparison.Ordinal);
        Assert.Equal(stored, await StoredAnswersAsync(org.ClientA1));
        Assert.Equal(tier, await AlertTierSeenByTheClinicianAsync(org, org.ClientA1));
    }

    private async Task<string> AlertTierSeenByTheClinicianAsync(TestOrg org, Person client)
    {
        var alert = await app.AlertOfAsync(client.Id);
        using var clinician = await org.As(org.ClinicianA);
        return (await clinician.GetAlertAsync(alert).OkJsonAsync()).GetProperty("tier").GetString()!;
    }

    [Fact]
    public async Task Step1_AsksOnlyTheQuestionsAlwaysAsked_AndTheDependentsAreNeitherShownNorRequired()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var html = await client.Http.GetStringAsync(Page, Ct);

        var (shown, required) = Questions(html);
        Assert.Equal([1, 2, 6], shown);
        Assert.Equal([1, 2, 6], required);
        // The rule for the script, from the definition.
        Assert.Equal(3, Regex.Count(html, "data-gate-item=\"2\" data-gate-value=\"1\""));
        Assert.Single(Regex.Matches(html, "data-gate-item=\"6\" data-gate-value=\"1\""));
        Assert.Contains("<script src=\"/js/questionnaire.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YesToQuestion1Only_IsSaved_ShowsTheResultAndTheCrisisLines_AndTheClinicianHasAnElevatedAlert()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        var html = await HtmlAsync(await client.SubmitFormAsync(Page, Answers((1, 1), (2, 0), (6, 0))));

        Assert.Contains(UiTextOf("Thank you: your answers are saved"), html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("may not see it straight away", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:911\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be saved", html, StringComparison.Ordinal);
        Assert.DoesNotContain("C-SSRS-SCREEN answers", html, StringComparison.Ordinal); // no codes in the client's words
        Assert.Equal("1,0,-,-,-,0,-", await StoredAnswersAsync(org.ClientA1));
        Assert.Equal("Elevated", await AlertTierSeenByTheClinicianAsync(org, org.ClientA1));
    }

    [Fact]
    public async Task WithoutJavaScript_AYesToQuestion2_BringsStep2_WithTheGateReadOnly_AndTheFinalPostSaves()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        var step1 = await client.SubmitFormAsync(Page, Answers((1, 1), (2, 1), (6, 0)));
        var step2 = await HtmlAsync(step1);
        Assert.Equal(0, await AssessmentsAsync(org.ClientA1)); // nothing saved between the steps
        Assert.Equal(0, await AlertsAsync(org.ClientA1));
        Assert.Contains("there are a few more questions", step2, StringComparison.Ordinal);
        var (shown, required) = Questions(step2);
        Assert.Equal([3, 4, 5], shown);
        Assert.Equal([3, 4, 5], required);
        // The gate that opened them, read-only; the step 1 answers carried as hidden fields.
        Assert.Matches("<dl class=\"answered\">\\s*<dt><span class=\"number\">2.</span> Have you actually had any thoughts of killing yourself\\?</dt>\\s*<dd>Your answer: Yes</dd>", step2);
        Assert.Contains("<input type=\"hidden\" name=\"Answers[1]\" value=\"1\" />", step2, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Answers[2]\" value=\"1\" />", step2, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Answers[6]\" value=\"0\" />", step2, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Step\" value=\"2\" />", step2, StringComparison.Ordinal);

        // Step 2 sent with one question left out: named, still nothing saved.
        var partial = await HtmlAsync(await client.PostFormAsync(step2, Page, Answers((3, 0), (5, 0))));
        Assert.Contains("Please answer question 4.", partial, StringComparison.Ordinal);
        Assert.Equal([3, 4, 5], Questions(partial).Shown);
        Assert.Equal(0, await AssessmentsAsync(org.ClientA1));

        var saved = await HtmlAsync(await client.PostFormAsync(partial, Page, Answers((3, 0), (4, 0), (5, 0))));
        await SavedWithAlertAsync(org, saved, "1,1,0,0,0,0,-", "Elevated");
    }

    [Fact]
    public async Task AFullPathToAPlan_InTwoSteps_RaisesAnImminentAlert_AndShowsTheCrisisLines()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // Step 2 asks 3-5 and the past-3-months follow-up of question 6.
        var (_, saved) = await InTwoStepsAsync(client, Answers((1, 1), (2, 1), (6, 1)), [3, 4, 5, 7], Answers((3, 1), (4, 1), (5, 1), (7, 0)));

        await SavedWithAlertAsync(org, saved, "1,1,1,1,1,1,0", "Imminent");
    }

    [Fact]
    public async Task DeniedIdeation_IsNeverShownTheMethodOrPlanQuestions()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // A yes to question 6 brings its follow-up alone: a no to question 2 never asks about method, intent or plan.
        var (step2, saved) = await InTwoStepsAsync(client, Answers((1, 0), (2, 0), (6, 1)), [7], Answers((7, 0)));
        Assert.DoesNotContain("thinking about how you might do this", step2, StringComparison.Ordinal);
        Assert.DoesNotContain("worked out the details", step2, StringComparison.Ordinal);
        await SavedWithAlertAsync(org, saved, "0,0,-,-,-,1,0", "High");

        // All no: saved at once, no alert, and no step 2.
        using var other = await BrowserSession.SignedInAsync(app, org.ClientA2);
        var negative = await HtmlAsync(await other.SubmitFormAsync(Page, Answers((1, 0), (2, 0), (6, 0))));
        Assert.Contains("Thank you: your answers are saved", negative, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", negative, StringComparison.Ordinal);
        Assert.Equal("0,0,-,-,-,0,-", await StoredAnswersAsync(org.ClientA2));
        Assert.Equal(0, await AlertsAsync(org.ClientA2));
    }

    [Fact]
    public async Task AnswersToQuestionsNotAsked_AreDropped_AndTheScreenIsStillSaved()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // A stale form: question 2 turned to no after 3-5 were answered yes; question 6 no with a follow-up; an item 9 that does not exist.
        var html = await HtmlAsync(await client.SubmitFormAsync(Page,
            Answers((1, 1), (2, 0), (3, 1), (4, 1), (5, 1), (6, 0), (7, 1), (9, 1))));

        await SavedWithAlertAsync(org, html, "1,0,-,-,-,0,-", "Elevated"); // not Imminent from the dropped answers
    }

    [Fact]
    public async Task RefusedPosts_WriteNothing_AndSayWhatIsWrong()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // Question 6 left out: named, the answers given kept, nothing stored.
        var missing = await HtmlAsync(await client.SubmitFormAsync(Page, Answers((1, 1), (2, 1))));
        Assert.Contains("Please answer question 6.", missing, StringComparison.Ordinal);
        Assert.Matches("name=\"Answers\\[2\\]\" value=\"1\" required=\"required\"\\s+checked=\"checked\"", missing);
        Assert.Equal([1, 2, 3, 4, 5, 6], Questions(missing).Shown); // question 2 is yes: its dependents are shown, not yet required
        Assert.Equal([1, 2, 6], Questions(missing).Required);

        // A value that is no choice: a 400 naming the question.
        var wrong = await HtmlAsync(await client.SubmitFormAsync(Page, Answers((1, 5), (2, 0), (6, 0))), HttpStatusCode.BadRequest);
        Assert.Contains("An answer to question 1 is not one of the choices.", wrong, StringComparison.Ordinal);

        // Without the antiforgery token: refused before the page.
        var forged = await client.Http.PostAsync(Page, new FormUrlEncodedContent(Answers((1, 1), (2, 0), (6, 0))), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        Assert.Equal(0, await AssessmentsAsync(org.ClientA1));
        Assert.Equal(0, await AlertsAsync(org.ClientA1));
    }

    [Fact]
    public async Task Step2_CanGoBackToStep1_WithTheAnswersKept_AndAGateTurnedToNoDropsItsDependents()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var step2 = await HtmlAsync(await client.SubmitFormAsync(Page, Answers((1, 1), (2, 1), (6, 0))));

        var fields = Answers((3, 1));
        fields["Edit"] = "true";
        var back = await HtmlAsync(await client.PostFormAsync(step2, Page, fields));
        Assert.Contains("<input type=\"hidden\" name=\"Step\" value=\"1\" />", back, StringComparison.Ordinal);
        Assert.Equal([1, 2, 6], Questions(back).Required); // the dependents shown (question 2 is yes) but never required on step 1
        Assert.Equal(0, await AssessmentsAsync(org.ClientA1));

        var saved = await HtmlAsync(await client.PostFormAsync(back, Page, Answers((1, 1), (2, 0), (3, 1), (6, 0))));
        Assert.Contains("Thank you: your answers are saved", saved, StringComparison.Ordinal);
        Assert.Equal("1,0,-,-,-,0,-", await StoredAnswersAsync(org.ClientA1));
    }

    [Fact]
    public async Task InstrumentsWithoutSkipLogic_AreAnsweredInOnePost_ByItemNumber()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);
        var html = await client.Http.GetStringAsync("/app/questionnaires/GAD-7", Ct);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Questions(html).Required);
        Assert.DoesNotContain("data-gate-item", html, StringComparison.Ordinal);

        // Posted out of order: bound by number, not position.
        var saved = await HtmlAsync(await client.SubmitFormAsync("/app/questionnaires/GAD-7", Answers((7, 3), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1))));
        Assert.Contains("Your GAD-7 score is 9", saved, StringComparison.Ordinal);
        Assert.Equal("1,1,1,1,1,1,3", await StoredAnswersAsync(org.ClientA1));
    }

    [Fact]
    public async Task EveryQuestionnairePage_NamesItsSourceAndCopyrightLine_AsItsLicenceAsks()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        foreach (var instrument in ClinicalPortal.Domain.Measures.InstrumentLibrary.All)
        {
            var html = await client.Http.GetStringAsync($"/app/questionnaires/{instrument.Code}", Ct);
            Assert.Contains(UiTextOf($"Source: {instrument.Licence.Notice}"), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Who5_TheClientReadsAKindSentence_NotLikelyDepression_TheClinicianSeesTheBand()
    {
        var org = await app.CreateOrgAsync();
        using var client = await BrowserSession.SignedInAsync(app, org.ClientA1);

        // Raw 1 + 1 + 1 + 1 + 1 = 5, x 4 = 20: "likely depression" (0-28).
        var html = await HtmlAsync(await client.SubmitFormAsync("/app/questionnaires/WHO-5", Answers((1, 1), (2, 1), (3, 1), (4, 1), (5, 1))));

        var main = MainOf().Match(html).Value;
        Assert.DoesNotContain("depression", main, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(UiTextOf("Thank you for telling us how you have been. Your WHO-5 score is 20 out of 100; a higher score means you have been feeling better."), main, StringComparison.Ordinal);
        Assert.Contains(UiTextOf("Source: WHO-5 Well-Being Index"), main, StringComparison.Ordinal);
        using var clinician = await org.As(org.ClinicianA);
        var stored = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments?instrument=WHO-5", Ct).OkJsonAsync();
        Assert.Equal("likely depression", stored[0].GetProperty("severity").GetString());
        Assert.True(stored[0].GetProperty("caseness").GetBoolean());
    }

    [Fact]
    public async Task Who5_TheClientsOwnApiAnswer_WithholdsTheBand_AsThePagesDo()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        var submitted = await client.PostAsJsonAsync(
            $"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = "WHO-5", answers = new[] { 1, 1, 1, 1, 1 } }, Ct).OkJsonAsync(System.Net.HttpStatusCode.Created);
        var listed = (await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments?instrument=WHO-5", Ct).OkJsonAsync())[0];
        var one = await client.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments/{submitted.GetProperty("id").GetGuid()}", Ct).OkJsonAsync();
        foreach (var answer in new[] { submitted, listed, one })
        {
            Assert.Equal(20m, answer.GetProperty("total").GetDecimal());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.GetProperty("severity").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.GetProperty("caseness").ValueKind);
            Assert.DoesNotContain("depression", answer.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        // A PHQ-9's bands are the client's to read: only the screening labels are withheld.
        var phq = await client.PostAsJsonAsync(
            $"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = "PHQ-9", answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 } }, Ct).OkJsonAsync(System.Net.HttpStatusCode.Created);
        Assert.Equal("mild", phq.GetProperty("severity").GetString());
    }

    private static string UiTextOf(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    [GeneratedRegex("<main[\\s\\S]*?</main>")]
    private static partial Regex MainOf();

    [GeneratedRegex("<fieldset class=\"item\"(?<attrs>[^>]*)>[\\s\\S]*?</fieldset>")]
    private static partial Regex Fieldset();

    [GeneratedRegex("type=\"radio\" id=\"[^\"]+\" name=\"Answers\\[(\\d+)\\]\"")]
    private static partial Regex RadioName();
}
