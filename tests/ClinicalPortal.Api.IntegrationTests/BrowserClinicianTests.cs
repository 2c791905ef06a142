using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The clinician's client page and its sub-pages in a real browser: homework with reflections, assigning a practice plan,
/// measure schedules, the safety plan and the PDF report; another organisation's clinician reaches none of it.
/// </summary>
[Trait("Kind", "Browser")]
public sealed class BrowserClinicianTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    private Task<long> CountAsync(string table, Guid client) =>
        app.CountAsync($"SELECT count(*) FROM {table} WHERE client_id = @c", ("c", client));

    /// <summary>Axe finds nothing serious on the page, and its screenshot goes to docs/ui.</summary>
    private static async Task CheckedAsync(IPage page, string screenshot)
    {
        await BrowserChecks.AccessibleAsync(page);
        await BrowserChecks.ScreenshotAsync(page, screenshot);
    }

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task AClinician_AssignsAPlan_SetsASafetyPlan_SchedulesAMeasure_AndGeneratesTheReport()
    {
        var org = await app.CreateOrgAsync();
        var ann = org.ClientA1.Id;
        var page = await _browser.SignInAsync(org.ClinicianA);
        await page.GotoAsync($"/app/clients/{ann}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ann Alpha");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No homework in these days.");

        // The plan: two modules (one daily, one three times a week); the third row stays empty and is left out.
        await page.GetByRole(AriaRole.Link, new() { Name = "Practice plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No practice plan yet.");
        await BrowserChecks.AccessibleAsync(page);
        var today = PracticeApi.TodayIn("America/New_York");
        await page.GetByLabel("Goals").FillAsync("Answer the inner critic kindly");
        await page.GetByLabel("Note to the client (optional)").FillAsync("Five minutes is enough.");
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Module 1" });
        await first.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync(PracticeApi.FriendLetter.ToString());
        await first.GetByLabel("End").FillAsync(PracticeApi.Iso(today.AddDays(6)));
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Module 2" });
        await second.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync(PracticeApi.Break.ToString());
        await second.GetByLabel("How often").SelectOptionAsync("TimesPerWeek");
        await second.GetByLabel("Times a week").FillAsync("3");
        await Button(page, "Assign plan").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The plan is assigned");
        await Assertions.Expect(page.Locator("ul.plan-items li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ul.plan-items")).ToContainTextAsync("3 times a week");
        await Assertions.Expect(page.Locator("dl.plan")).ToContainTextAsync("Answer the inner critic kindly");
        Assert.Equal(1, await CountAsync("practice_plans", ann));
        Assert.Equal(2, await app.CountAsync(
            "SELECT count(*) FROM practice_plan_items i JOIN practice_plans p ON p.id = i.plan_id WHERE p.client_id = @c", ("c", ann)));
        Assert.True(await CountAsync("homework_tasks", ann) >= 7, "seven daily tasks of the first module, and the second's");
        await CheckedAsync(page, "clinician-plan-desktop");

        // The safety plan: one entry per line.
        await page.GotoAsync($"/app/clients/{ann}/safety-plan");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No safety plan yet.");
        await page.GetByLabel("Warning signs").FillAsync("Not sleeping\nSkipping meals");
        await page.GetByLabel("People I can ask for help").FillAsync("My sister Jo");
        await page.GetByLabel("My reasons for living").FillAsync("My children");
        await Button(page, "Save the safety plan").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The safety plan is saved");
        await Assertions.Expect(page.Locator("section.safety-plan")).ToContainTextAsync("Version 1");
        await Assertions.Expect(page.Locator("section.safety-plan li")).ToHaveCountAsync(4);
        Assert.Equal("Not sleeping\nSkipping meals", await page.GetByLabel("Warning signs").InputValueAsync());
        Assert.Equal(1, await CountAsync("safety_plans", ann));
        await CheckedAsync(page, "clinician-safety-plan-desktop");

        // A measure schedule, then a second of the same questionnaire is refused with the Application's message.
        await page.GotoAsync($"/app/clients/{ann}/schedules");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No questionnaire is scheduled.");
        await page.GetByLabel("Questionnaire", new() { Exact = true }).SelectOptionAsync("GAD-7");
        await page.GetByLabel("Every (days)").FillAsync("14");
        await Button(page, "Schedule").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The questionnaire is scheduled.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "GAD-7" })).ToContainTextAsync("14");
        Assert.Equal(1, await CountAsync("measure_schedules", ann));
        await page.GetByLabel("Questionnaire", new() { Exact = true }).SelectOptionAsync("GAD-7");
        await Button(page, "Schedule").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already scheduled");
        Assert.Equal(1, await CountAsync("measure_schedules", ann));
        await CheckedAsync(page, "clinician-schedules-desktop");
        await Button(page, "End this schedule: GAD-7").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The schedule has ended.");
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM measure_schedules WHERE client_id = @c AND ended_at IS NOT NULL", ("c", ann)));

        // The report: the PDF as a download, recorded as a disclosure.
        await page.GotoAsync($"/app/clients/{ann}/report");
        await CheckedAsync(page, "clinician-report-desktop");
        var download = await page.RunAndWaitForDownloadAsync(() => Button(page, "Generate the PDF").ClickAsync());
        await using (var pdf = await download.CreateReadStreamAsync())
        {
            var head = new byte[4];
            await pdf.ReadExactlyAsync(head, TestContext.Current.CancellationToken);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(head));
        }

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("report_disclosures", ann));

        // The same form posted as the browser posts it: an attachment, a PDF, with its digest.
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", (await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value"))!);
        form.Set("From", await page.GetByLabel("From").InputValueAsync());
        form.Set("To", await page.GetByLabel("To").InputValueAsync());
        var response = await page.Context.APIRequest.PostAsync($"/app/clients/{ann}/report?handler=Generate", new() { Form = form });
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("attachment;", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.StartsWith("sha-256=:", response.Headers["repr-digest"], StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("report_disclosures", ann));
        await page.Context.CloseAsync();

        // The client page on a phone, with its homework.
        var phone = await _browser.SignInAsync(org.ClinicianA, width: 360, height: 780);
        await phone.GotoAsync($"/app/clients/{ann}");
        await Assertions.Expect(phone.Locator("table.homework")).ToContainTextAsync("Due");
        await CheckedAsync(phone, "clinician-client-phone");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task AClinician_SeesTheClientsHomeworkWithTheReflection_AndASupervisorSeesItWithheld()
    {
        var org = await app.CreateOrgAsync();
        using var seeded = await PracticeApi.TodaysTaskAsync(org, PracticeApi.FriendLetter);
        using (var done = await seeded.Client.CompleteAsync(seeded.Task, PracticeApi.LetterDone(before: 6, after: 3)))
        {
            Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var clinician = await _browser.SignInAsync(org.ClinicianA);
        await clinician.GotoAsync($"/app/clients/{org.ClientA1.Id}");
        var row = clinician.Locator("table.homework tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Done");
        await Assertions.Expect(row).ToContainTextAsync("6 → 3");
        await Assertions.Expect(row).ToContainTextAsync("Writing it made me cry, then calmer.");
        await Assertions.Expect(clinician.Locator("p.adherence")).ToContainTextAsync("1 of 1 (100%) done");
        await CheckedAsync(clinician, "clinician-client-homework-desktop");

        // The report may include that reflection when the clinician ticks it.
        await clinician.GetByRole(AriaRole.Link, new() { Name = "Progress report (PDF)" }).ClickAsync();
        await clinician.GetByLabel("Writing it made me cry, then calmer.", new() { Exact = false }).CheckAsync();
        await BrowserChecks.AccessibleAsync(clinician);
        var download = await clinician.RunAndWaitForDownloadAsync(() => Button(clinician, "Generate the PDF").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'report.generate' AND subject_client_id = @c AND details::text LIKE @t",
            ("c", org.ClientA1.Id), ("t", $"%{seeded.Task}%")));
        await clinician.Context.CloseAsync();

        var supervisor = await _browser.SignInAsync(org.Supervisor);
        await supervisor.GotoAsync($"/app/clients/{org.ClientA1.Id}");
        var seen = supervisor.Locator("table.homework tbody tr");
        await Assertions.Expect(seen).ToContainTextAsync("withheld");
        await Assertions.Expect(seen).Not.ToContainTextAsync("Writing it made me cry");
        // A supervisor may not assign a plan: the page shows no form.
        await supervisor.GotoAsync($"/app/clients/{org.ClientA1.Id}/plan");
        await Assertions.Expect(supervisor.Locator("ul.plan-items li")).ToHaveCountAsync(1);
        Assert.Equal(0, await Button(supervisor, "Assign plan").CountAsync());
        await BrowserChecks.AccessibleAsync(supervisor);
        // The supervisor may generate a report, but is offered no reflection to include.
        await supervisor.GotoAsync($"/app/clients/{org.ClientA1.Id}/report");
        await Assertions.Expect(Button(supervisor, "Generate the PDF")).ToBeVisibleAsync();
        Assert.Equal(0, await supervisor.Locator("fieldset.reflections").CountAsync());
        await supervisor.Context.CloseAsync();

        // The client's pages are the care team's: the client gets a 404 page for their own.
        var client = await _browser.SignInAsync(org.ClientA1);
        foreach (var path in new[] { "", "/plan", "/schedules", "/safety-plan", "/report" })
        {
            Assert.Equal(404, (await client.GotoAsync($"/app/clients/{org.ClientA1.Id}{path}"))!.Status);
        }

        await client.Context.CloseAsync();
    }

    [Fact]
    public async Task AnInvalidPlan_ShowsTheFieldsMessage_AndStoresNothing()
    {
        var org = await app.CreateOrgAsync();
        var page = await _browser.SignInAsync(org.ClinicianA);
        await page.GotoAsync($"/app/clients/{org.ClientA1.Id}/plan");
        var today = PracticeApi.TodayIn("America/New_York");
        await page.GetByLabel("Goals").FillAsync("Answer the inner critic kindly");
        // The module in the second row, so the message must come back beside the row the clinician filled.
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Module 2" });
        await second.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync(PracticeApi.FriendLetter.ToString());
        await second.GetByLabel("Start").FillAsync(PracticeApi.Iso(today.AddDays(5)));
        await second.GetByLabel("End").FillAsync(PracticeApi.Iso(today.AddDays(2)));
        await Button(page, "Assign plan").ClickAsync();

        var end = second.GetByLabel("End");
        var message = page.Locator("#" + await end.GetAttributeAsync("aria-describedby"));
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Assertions.Expect(message).Not.ToBeEmptyAsync();
        Assert.Equal(PracticeApi.Iso(today.AddDays(2)), await end.InputValueAsync());
        Assert.Equal("Answer the inner critic kindly", await page.GetByLabel("Goals").InputValueAsync());
        Assert.Null(await page.GetByRole(AriaRole.Group, new() { Name = "Module 1" }).GetByLabel("End").GetAttributeAsync("aria-describedby"));
        Assert.Equal(0, await CountAsync("practice_plans", org.ClientA1.Id));
        Assert.Equal(0, await CountAsync("homework_tasks", org.ClientA1.Id));
        await CheckedAsync(page, "clinician-plan-invalid-desktop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnotherOrganisationsClinician_GetsA404PageEverywhere_AndTheirPostsChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        var ann = org.ClientA1.Id;
        var elsewhere = await app.CreateOrgAsync();
        var other = await _browser.SignInAsync(elsewhere.ClinicianA);
        foreach (var path in new[] { "", "/plan", "/schedules", "/safety-plan", "/report" })
        {
            Assert.Equal(404, (await other.GotoAsync($"/app/clients/{ann}{path}"))!.Status);
        }

        // A valid antiforgery token of their own (from their own client's page), so a refusal is the reach, not the token.
        await other.GotoAsync($"/app/clients/{elsewhere.ClientA1.Id}/plan");
        var token = await other.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var today = PracticeApi.Iso(PracticeApi.TodayIn("America/New_York"));
        var posts = new (string Path, Dictionary<string, string> Fields)[]
        {
            ("/plan?handler=Assign", new() { ["Goals"] = "x", ["Items[0].ModuleId"] = PracticeApi.FriendLetter.ToString(), ["Items[0].Kind"] = "Daily", ["Items[0].Start"] = today, ["Items[0].End"] = today }),
            ("/safety-plan?handler=Save", new() { ["Sections[warningSigns]"] = "Not sleeping" }),
            ("/schedules?handler=Schedule", new() { ["Instrument"] = "PHQ-9", ["CadenceDays"] = "14", ["Start"] = today }),
            ("/report?handler=Generate", new() { ["From"] = today, ["To"] = today }),
        };
        foreach (var (path, fields) in posts)
        {
            var form = other.Context.APIRequest.CreateFormData();
            form.Set("__RequestVerificationToken", token!);
            foreach (var (name, value) in fields)
            {
                form.Set(name, value);
            }

            var foreign = await other.Context.APIRequest.PostAsync($"/app/clients/{ann}{path}", new() { Form = form, MaxRedirects = 0 });
            Assert.Equal(404, foreign.Status);
            // The same post on their own client is accepted: what refused the first was the reach.
            var own = await other.Context.APIRequest.PostAsync($"/app/clients/{elsewhere.ClientA1.Id}{path}", new() { Form = form, MaxRedirects = 0 });
            var accepted = path.StartsWith("/report", StringComparison.Ordinal)
                ? own.Status == 200 && own.Headers.GetValueOrDefault("content-type", "").StartsWith("application/pdf", StringComparison.Ordinal)
                : own.Status == 302; // post, redirect, get: done (a refusal would show the form again with 200)
            Assert.True(accepted, $"{path}: {own.Status}");
        }

        foreach (var table in new[] { "practice_plans", "homework_tasks", "safety_plans", "measure_schedules", "report_disclosures" })
        {
            Assert.Equal(0, await CountAsync(table, ann));
        }

        foreach (var table in new[] { "practice_plans", "safety_plans", "measure_schedules", "report_disclosures" })
        {
            Assert.Equal(1, await CountAsync(table, elsewhere.ClientA1.Id));
        }
        await other.Context.CloseAsync();
    }
}
