using System.Net;
using System.Net.Http.Json;
using static ClinicalPortal.Api.IntegrationTests.PracticeApi;
using static ClinicalPortal.Api.IntegrationTests.ReportApi;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Reports on a clock the test moves: the same data at the same time gives the same bytes; change since the previous report.</summary>
public sealed class ReportClockTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Moves the clock, if needed, to a time between 12:00 and 20:00 UTC (07:00-16:00 in New York), so the few hours a
    /// test moves on stay in one day of the client's. Never more than 20 hours: the test's tokens must stay valid.
    /// </summary>
    private static void AwayFromMidnightInNewYork(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
    {
        var hour = clock.GetUtcNow().TimeOfDay;
        if (hour < TimeSpan.FromHours(12))
        {
            clock.Advance(TimeSpan.FromHours(15) - hour);
        }
        else if (hour >= TimeSpan.FromHours(20))
        {
            clock.Advance(TimeSpan.FromHours(39) - hour);
        }
    }

    private static DateOnly TodayIn(DateTimeOffset now) => PracticeApi.TodayIn("America/New_York", now);

    private static Task<HttpResponseMessage> Phq9Async(HttpClient http, Guid clientId, int[] answers) =>
        http.PostAsJsonAsync($"/api/v1/clients/{clientId}/assessments", new { instrument = "PHQ-9", answers }, Ct);

    [Fact]
    public async Task TheSameDataAtTheSameTime_GivesTheSameBytes_SoTheRecordedHashProvesWhatWasHandedOut()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var clock = portal.Clock;
        var org = await portal.CreateOrgAsync();
        using var clinician = await portal.As(org.ClinicianA);
        AwayFromMidnightInNewYork(clock);
        var start = TodayIn(clock.GetUtcNow());
        await Phq9Async(clinician, org.ClientA1.Id, [3, 3, 2, 2, 2, 2, 2, 1, 0]).OkJsonAsync(HttpStatusCode.Created);
        clock.Advance(TimeSpan.FromHours(2));
        await Phq9Async(clinician, org.ClientA1.Id, [1, 1, 1, 1, 1, 1, 1, 2, 0]).OkJsonAsync(HttpStatusCode.Created);
        clock.Advance(TimeSpan.FromHours(1));

        var body = new { from = Iso(start.AddDays(-10)), to = Iso(start.AddDays(20)) };
        var first = await clinician.ReportAsync(org.ClientA1.Id, body).PdfAsync();
        var second = await clinician.ReportAsync(org.ClientA1.Id, body).PdfAsync();
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.NotEqual(first.Disclosure, second.Disclosure);
        var hashes = await portal.RowsAsync("SELECT sha256 FROM report_disclosures WHERE client_id = @c", ("c", org.ClientA1.Id));
        Assert.Equal([first.Sha256, first.Sha256], hashes.Select(r => ((string)r["sha256"]!).Trim()));
        var generated = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Contains($"Generated {generated:yyyy-MM-dd HH:mm} (America/New_York)", PageTexts(first.Pdf)[0], StringComparison.Ordinal);

        // A minute later the generated-at time differs, and so do the bytes.
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = await clinician.ReportAsync(org.ClientA1.Id, body).PdfAsync();
        Assert.NotEqual(first.Sha256, later.Sha256);
    }

    [Fact]
    public async Task TheSummary_ComparesWithTheScoreThePreviousReportShowed()
    {
        await using var portal = await ClockedPortal.StartAsync(app);
        var clock = portal.Clock;
        var org = await portal.CreateOrgAsync();
        using var clinician = await portal.As(org.ClinicianA);
        AwayFromMidnightInNewYork(clock);
        var start = TodayIn(clock.GetUtcNow());
        await Phq9Async(clinician, org.ClientA1.Id, [3, 3, 2, 2, 2, 2, 2, 1, 0]).OkJsonAsync(HttpStatusCode.Created); // 17
        clock.Advance(TimeSpan.FromHours(1));
        await Phq9Async(clinician, org.ClientA1.Id, [2, 2, 2, 2, 1, 1, 1, 1, 0]).OkJsonAsync(HttpStatusCode.Created); // 12 an hour later
        clock.Advance(TimeSpan.FromHours(1));
        var first = Text((await clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf); // the first report
        Assert.DoesNotContain("since the previous report (", first, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(5));
        var unchanged = Text((await clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);
        var reportDay = Iso(TodayIn(clock.GetUtcNow()));
        Assert.Contains($"PHQ-9: no new result since the previous report ({reportDay}).", unchanged, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromHours(1));
        await Phq9Async(clinician, org.ClientA1.Id, [1, 1, 1, 1, 1, 1, 1, 2, 0]).OkJsonAsync(HttpStatusCode.Created); // 9 an hour after the reports
        var second = Text((await clinician.ReportAsync(org.ClientA1.Id).PdfAsync()).Pdf);
        Assert.Contains($"PHQ-9 improved reliably since baseline ({Iso(start)}): 17 → 9", second, StringComparison.Ordinal);
        Assert.Contains($"PHQ-9: no reliable change since the previous report ({reportDay}): 12 → 9, moderate → mild", second, StringComparison.Ordinal);

    }
}
