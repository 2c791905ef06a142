using System.Net;
using System.Net.Http.Json;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;
using static ClinicalPortal.Api.IntegrationTests.ReportApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>PDF progress reports over HTTP: the content read back with PdfPig, the disclosure record, reach, input, privacy.</summary>
public sealed class ReportTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly int[] Seventeen = [3, 3, 2, 2, 2, 2, 2, 1, 0];
    private static readonly int[] Nine = [1, 1, 1, 1, 1, 1, 1, 2, 0];

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient http, Guid clientId, string instrument, int[] answers) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/assessments", new { instrument, answers }, Ct);

    private async Task<long> DisclosuresAsync(Guid clientId) =>
        await app.CountAsync("SELECT count(*) FROM report_disclosures WHERE client_id = @c", ("c", clientId));

    [Fact]
    public async Task TheClinician_GetsAPdf_WhoseNumbersAreTheStoredScores_AndTheDisclosureIsOnRecordWithItsHash()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", Seventeen).OkJsonAsync(HttpStatusCode.Created);
        await SubmitAsync(clinician, org.ClientA1.Id, "GAD-7", [2, 2, 2, 1, 1, 1, 1]).OkJsonAsync(HttpStatusCode.Created);
        await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", Nine).OkJsonAsync(HttpStatusCode.Created);

        var (pdf, sha, disclosure) = await clinician.ReportAsync(org.ClientA1.Id).PdfAsync();
        var pages = PageTexts(pdf);
        var text = string.Join(" ", pages);
        var today = Iso(TodayIn("America/New_York"));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Ann Alpha, born 1980-01-01", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Period {Iso(TodayIn("America/New_York").AddDays(-83))} to {today}", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Clinician Clinician A {org.Tag}", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Clinic {org.Tag}", pages[i], StringComparison.Ordinal);
            Assert.Contains("(America/New_York) Confidential: contains protected health information", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        Assert.Contains($"PHQ-9 improved reliably since baseline ({today}): 17 → 9, moderately severe → mild; clinically significant", text, StringComparison.Ordinal);

        // Every stored total is in its table, on its date, with the band stored with it.
        var stored = await app.RowsAsync(
            "SELECT instrument_code, total, severity FROM assessments WHERE client_id = @c ORDER BY submitted_at", ("c", org.ClientA1.Id));
        Assert.Equal(3, stored.Count);
        foreach (var row in stored)
        {
            Assert.Contains($"{today} {((decimal)row["total"]!).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {row["severity"]}", text, StringComparison.Ordinal);
        }

        Assert.Contains("-8 improved*", text, StringComparison.Ordinal);
        Assert.Contains("Answers of the latest result", text, StringComparison.Ordinal);
        Assert.Contains("No alerts in this period.", text, StringComparison.Ordinal);
        Assert.Contains("No safety plan on file.", text, StringComparison.Ordinal);

        var record = Assert.Single(await app.RowsAsync("SELECT * FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal(disclosure, record["id"]);
        Assert.Equal((sha, pdf.Length, pages.Count, "Clinician", org.ClinicianA.Id, "Clinician"),
            (((string)record["sha256"]!).Trim(), (int)record["bytes"]!, (int)record["pages"]!, (string)record["audience"]!, (Guid)record["generated_by"]!,
                (string)record["generated_by_role"]!));
        var audit = Assert.Single(await app.RowsAsync(
            "SELECT outcome, details, resource_type FROM audit_events WHERE action = 'report.generate' AND subject_client_id = @c", ("c", org.ClientA1.Id)));
        Assert.Equal(("Success", "ProgressReport"), ((string)audit["outcome"]!, (string)audit["resource_type"]!));
        var details = System.Text.Json.JsonDocument.Parse((string)audit["details"]!).RootElement;
        Assert.Equal(sha, details.GetProperty("sha256").GetString());
        Assert.Equal("Clinician", details.GetProperty("audience").GetString());
        Assert.Equal(disclosure, details.GetProperty("disclosure").GetGuid());
        // About the file, never its content: no score, band or answer is in the audit trail.
        Assert.Equal(
            ["alertNotes", "answersIncluded", "audience", "bytes", "disclosure", "from", "instruments", "pages", "reflections", "sha256", "to"],
            details.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheClient_GetsTheirOwnPlainVariant_WithoutItemAnswers_AndTheCrisisLinesOnTheFirstPage()
    {
        var org = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", Seventeen).OkJsonAsync(HttpStatusCode.Created);
            await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", Nine).OkJsonAsync(HttpStatusCode.Created);
        }

        using var client = await org.As(org.ClientA1);
        var (pdf, _, _) = await client.MyReportAsync().PdfAsync();
        var pages = PageTexts(pdf);
        var text = string.Join(" ", pages);
        Assert.Contains("Your progress report", text, StringComparison.Ordinal);
        Assert.Contains("Your low mood score (Patient Health Questionnaire-9, PHQ-9) went from 17", text, StringComparison.Ordinal);
        Assert.Contains("That is a real improvement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Answers of the latest result", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Domain.Measures.InstrumentLibrary.Phq9.Items[0].Text, text, StringComparison.Ordinal);
        Assert.DoesNotContain("vs baseline", text, StringComparison.Ordinal);
        Assert.Contains("If you need help now", pages[0], StringComparison.Ordinal);
        Assert.Contains("988", pages[0], StringComparison.Ordinal);
        Assert.Contains("Your safety plan", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("1980-01-01", text, StringComparison.Ordinal); // the client's dates are in words
        Assert.DoesNotContain("How change is judged", text, StringComparison.Ordinal);
        Assert.Equal("Client", (string)(await app.RowsAsync("SELECT audience FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA1.Id)))[0]["audience"]!);

        // The staff endpoint is not the client's, even for their own record; nothing more is recorded.
        Assert.Equal(HttpStatusCode.Forbidden, await client.ReportAsync(org.ClientA1.Id).StatusAsync());
        Assert.Equal(1, await DisclosuresAsync(org.ClientA1.Id));
    }

    [Fact]
    public async Task TheClinicianReport_ListsItem9AndScreens_GapsInMeasurement_AndTheCriteriaOfChange()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", [3, 3, 2, 2, 2, 2, 2, 1, 2]).OkJsonAsync(HttpStatusCode.Created);
        await clinician.PostAsJsonAsync(
                $"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = "C-SSRS-SCREEN", answers = new int?[] { 1, 0, null, null, null, 0, null } }, Ct)
            .OkJsonAsync(HttpStatusCode.Created);

        var text = Text((await clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);

        Assert.Contains("PHQ-9 item 9 and C-SSRS screens in the period", text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 item 9 More than half the days (2) high", text, StringComparison.Ordinal);
        Assert.Contains("C-SSRS screen C-SSRS: wish to be dead in the past month. elevated", text, StringComparison.Ordinal);
        Assert.Contains("Gaps in measurement", text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 (no schedule): 1 result in the period, none before it.", text, StringComparison.Ordinal);
        Assert.Contains("No self-compassion measure on record", text, StringComparison.Ordinal);
        Assert.Contains("How change is judged", text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9: reliable change is a change of 6 points or more.", text, StringComparison.Ordinal);
        Assert.Contains("PHQ-9: response is a drop of 50% or more from baseline, remission a score under 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReflectionOfNineThousandLineBreaks_IsPrintedBounded_OnNoEmptyPage()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        // Within the field's 10,000 characters: 9,000 line breaks, then 40 short lines.
        var reflection = "I breathed." + new string('\n', 9_000) + "It helped." + string.Concat(Enumerable.Repeat("\nMore kindness.", 40));
        await today.Client.CompleteAsync(today.Task, LetterDone(reflection: reflection)).OkJsonAsync();

        var plain = (await today.Clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf;
        var (pdf, _, _) = await today.Clinician.ReportAsync(org.ClientA1.Id, new { includeReflectionIds = new[] { today.Task } }).PdfAsync();

        var pages = PageTexts(pdf);
        Assert.InRange(pages.Count, PageTexts(plain).Count, PageTexts(plain).Count + 1);
        var text = string.Join(" ", pages);
        Assert.Contains("I breathed.", text, StringComparison.Ordinal);
        Assert.Contains("It helped. More kindness.", text, StringComparison.Ordinal); // PdfPig reads the lines as one run of words
        Assert.Contains("(continued in the record)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReflection_IsInTheReport_OnlyWhenTheClinicianTicksIt_AndOnlyTheirClientsOwn()
    {
        var org = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        await today.Client.CompleteAsync(today.Task, LetterDone()).OkJsonAsync();
        const string Reflection = "Writing it made me cry, then calmer.";

        var plain = Text((await today.Clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);
        Assert.DoesNotContain(Reflection, plain, StringComparison.Ordinal);
        Assert.Contains("Goals: Notice the inner critic and answer it kindly", plain, StringComparison.Ordinal);
        Assert.Contains("1 of 1 practices done (100%)", plain, StringComparison.Ordinal);

        var ticked = Text((await today.Clinician.ReportAsync(org.ClientA1.Id, new { includeReflectionIds = new[] { today.Task } }).PdfAsync()).Pdf);
        Assert.Contains(Reflection, ticked, StringComparison.Ordinal);
        Assert.Contains("Reflections included by the clinician", ticked, StringComparison.Ordinal);

        // Another client's task (or any other id) is not this client's reflection: 400 on the field, nothing recorded.
        var before = await DisclosuresAsync(org.ClientA2.Id);
        await today.Clinician.ReportAsync(org.ClientA2.Id, new { includeReflectionIds = new[] { today.Task } })
            .ProblemAsync(HttpStatusCode.BadRequest, field: "includeReflectionIds[0]");
        Assert.Equal(before, await DisclosuresAsync(org.ClientA2.Id));
    }

    [Fact]
    public async Task TheSupervisor_GetsFiguresWithoutTheClientsWords_OthersGet404_AndNoDenialIsRecorded()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var today = await TodaysTaskAsync(org, FriendLetter);
        await today.Client.CompleteAsync(today.Task, LetterDone()).OkJsonAsync();
        await SubmitAsync(today.Clinician, org.ClientA1.Id, "PHQ-9", Seventeen).OkJsonAsync(HttpStatusCode.Created);

        using var supervisor = await org.As(org.Supervisor);
        var text = Text((await supervisor.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);
        Assert.Contains("PHQ-9: 17 (moderately severe)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Answers of the latest result", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Notice the inner critic", text, StringComparison.Ordinal); // the plan's goals are free text, as in the plans API
        Assert.DoesNotContain("Writing it made me cry", text, StringComparison.Ordinal);
        Assert.Contains("1 of 1 practices done (100%)", text, StringComparison.Ordinal);
        await supervisor.ReportAsync(org.ClientA1.Id, new { includeReflectionIds = new[] { today.Task } })
            .ProblemAsync(HttpStatusCode.BadRequest, field: "includeReflectionIds");

        var recorded = await DisclosuresAsync(org.ClientA1.Id);
        using var clinicianB = await org.As(org.ClinicianB);
        using var stranger = await other.As(other.ClinicianA);
        using var admin = await org.As(org.Admin);
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.ReportAsync(org.ClientA1.Id).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await stranger.ReportAsync(org.ClientA1.Id).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await today.Clinician.ReportAsync(Guid.NewGuid()).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await admin.ReportAsync(org.ClientA1.Id).StatusAsync());
        Assert.Equal(recorded, await DisclosuresAsync(org.ClientA1.Id));
        var denials = await app.RowsAsync(
            "SELECT actor_user_id, outcome, status_code FROM audit_events WHERE action = 'report.generate' AND subject_client_id = @c AND outcome <> 'Success' ORDER BY id",
            ("c", org.ClientA1.Id));
        // Each refusal that named the client is on record: the supervisor's 400 and the two 404s (the administrator's 403
        // is refused by role before any record is named).
        Assert.Equal([("Invalid", 400), ("NotFound", 404), ("NotFound", 404)], denials.Select(d => ((string)d["outcome"]!, (int)d["status_code"]!)));
    }

    [Fact]
    public async Task TheSameRequestTwiceAtOnce_GivesTwoReports_EachOnRecord()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await SubmitAsync(clinician, org.ClientA1.Id, "PHQ-9", Seventeen).OkJsonAsync(HttpStatusCode.Created);
        var body = new { from = "2026-01-01", to = Iso(TodayIn("America/New_York")) };

        var both = await Task.WhenAll(clinician.ReportAsync(org.ClientA1.Id, body).PdfAsync(), clinician.ReportAsync(org.ClientA1.Id, body).PdfAsync());
        Assert.NotEqual(both[0].Disclosure, both[1].Disclosure);
        var rows = await app.RowsAsync("SELECT id, sha256 FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA1.Id));
        Assert.Equal(both.Select(b => (b.Disclosure, b.Sha256)).Order(), rows.Select(r => ((Guid)r["id"]!, ((string)r["sha256"]!).Trim())).Order());
        Assert.Equal(2, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'report.generate' AND subject_client_id = @c AND outcome = 'Success'", ("c", org.ClientA1.Id)));
    }

    [Theory]
    [InlineData("{\"from\":\"2026-13-01\"}", "from")]
    [InlineData("{\"to\":\"yesterday\"}", "to")]
    [InlineData("{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}", "to")]
    [InlineData("{\"from\":\"2020-01-01\",\"to\":\"2026-11-01\"}", "to")]
    [InlineData("{\"from\":\"9999-12-31\"}", "from")]
    [InlineData("{\"to\":\"9999-12-31\"}", "to")]
    [InlineData("{\"from\":\"0001-01-01\"}", "from")]
    [InlineData("{\"from\":\"0001-01-01\",\"to\":\"0001-01-02\"}", "from")]
    [InlineData("{\"from\":\"2101-01-01\",\"to\":\"2101-01-02\"}", "from")]
    [InlineData("{\"audience\":\"patient\"}", "audience")]
    [InlineData("{\"includeReflectionIds\":[\"not-a-guid\"]}", null)]
    [InlineData("{\"from\":", null)]
    public async Task BadInput_Is400_NamingTheField_AndNothingIsRecorded(string body, string? field)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        await clinician.PostAsync($"/api/v1/clients/{org.ClientA1.Id}/progress-reports", content, Ct).ProblemAsync(HttpStatusCode.BadRequest, field: field);
        Assert.Equal(0, await DisclosuresAsync(org.ClientA1.Id));
    }

    [Fact]
    public async Task AnAlertInThePeriod_IsListedWithItsTimes_AndItsNotesOnlyWhenTicked()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.SubmitPhq9Async(org.ClientA1.Id, 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        await clinician.AcknowledgeAsync(alert).OkJsonAsync();
        await clinician.NoteAsync(alert, "Called, safe with partner tonight.").OkJsonAsync(HttpStatusCode.Created);

        var plain = Text((await clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);
        Assert.Contains("assessment", plain, StringComparison.Ordinal);
        Assert.Contains("acknowledged", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("safe with partner", plain, StringComparison.Ordinal);
        var ticked = Text((await clinician.ReportAsync(org.ClientA1.Id, new { includeAlertNoteIds = new[] { alert } }).PdfAsync()).Pdf);
        Assert.Contains("Called, safe with partner tonight.", ticked, StringComparison.Ordinal);
        await clinician.ReportAsync(org.ClientA1.Id, new { includeAlertNoteIds = new[] { Guid.NewGuid() } })
            .ProblemAsync(HttpStatusCode.BadRequest, field: "includeAlertNoteIds[0]");
    }
}
