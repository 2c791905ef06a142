using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The client's check-in page: the home shows it first when due, one tap answers, "not OK" shows the crisis lines and raises an alert.</summary>
public sealed class CheckInPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADueCheckIn_IsOnTheHomePage_AndNotOk_ShowsTheLinesFirst_AndRaisesAnAlert()
    {
        var (org, checkIn) = await DueCheckInAsync();
        using var session = new BrowserSession(app);
        await session.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClientA1.Email, ["Password"] = PortalApp.Password });

        var home = WebUtility.HtmlDecode(await session.Http.GetStringAsync("/app", Ct));
        Assert.Contains("A message from your care team", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/check-ins/{checkIn}\"", home, StringComparison.Ordinal);
        var page = $"/app/check-ins/{checkIn}";
        var form = WebUtility.HtmlDecode(await session.Http.GetStringAsync(page, Ct));
        Assert.Contains("How are you doing today?", form, StringComparison.Ordinal);
        Assert.Contains("I'm not OK", form, StringComparison.Ordinal);

        var answered = await session.SubmitFormAsync(page, new Dictionary<string, string> { ["answer"] = "NotOk" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var html = WebUtility.HtmlDecode(await answered.Content.ReadAsStringAsync(Ct));
        // As on the help page: the emergency number first, then the honest words.
        var lines = html.IndexOf("class=\"crisis urgent\"", StringComparison.Ordinal);
        var emergency = html.IndexOf("class=\"emergency\"", StringComparison.Ordinal);
        var told = html.IndexOf("they may not see it straight away", StringComparison.Ordinal);
        Assert.True(lines > 0 && emergency > lines && told > emergency, "the lines, the emergency number first, then the words");
        Assert.DoesNotContain("will contact you", html, StringComparison.Ordinal);
        Assert.DoesNotContain("on its way", html, StringComparison.Ordinal);
        var raised = Assert.Single(await app.RowsAsync("SELECT tier FROM alerts WHERE client_id = @c AND status = 'Open'", ("c", org.ClientA1.Id)));
        Assert.Equal("High", raised["tier"]);

        // Answered: gone from the home page, and a second answer is refused without a second alert.
        Assert.DoesNotContain(checkIn.ToString(), await session.Http.GetStringAsync("/app", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Http.GetAsync(page, Ct)).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id = @c AND status <> 'Resolved'", ("c", org.ClientA1.Id)));

        // The clinician sees what followed, in words.
        using var clinician = new BrowserSession(app);
        await clinician.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        var first = (Guid)Assert.Single(await app.RowsAsync("SELECT alert_id FROM caring_contacts WHERE id = @i", ("i", checkIn)))["alert_id"]!;
        var alertPage = WebUtility.HtmlDecode(await clinician.Http.GetStringAsync($"/alerts/{first}", Ct));
        Assert.Contains("After the alert: caring contacts", alertPage, StringComparison.Ordinal);
        Assert.Contains("not OK, and a new alert was raised", alertPage, StringComparison.Ordinal);
        Assert.Contains("Safety-plan review with the client", alertPage, StringComparison.Ordinal);
        Assert.DoesNotContain("AnsweredNotOk", alertPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherClient_GetsNotFound_AndChangesNothing()
    {
        var (org, checkIn) = await DueCheckInAsync();
        using var other = new BrowserSession(app);
        await other.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClientA2.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/app/check-ins/{checkIn}", Ct)).StatusCode);
        var posted = await other.SubmitFormAsync("/app", $"/app/check-ins/{checkIn}", new Dictionary<string, string> { ["answer"] = "NotOk" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM caring_contacts WHERE id = @i AND answer IS NOT NULL", ("i", checkIn)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM alerts WHERE client_id IN (@a, @b) AND status <> 'Resolved'",
            ("a", org.ClientA1.Id), ("b", org.ClientA2.Id)));
    }

    /// <summary>A closed High alert whose first check-in is made due now (its due time moved back in the database: the real clock runs here).</summary>
    private async Task<(TestOrg Org, Guid CheckIn)> DueCheckInAsync()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        await client.SubmitPhq9Async(org.ClientA1.Id, item9: 2).OkJsonAsync(HttpStatusCode.Created);
        var alert = await app.AlertOfAsync(org.ClientA1.Id);
        using var clinician = await org.As(org.ClinicianA);
        var resolved = await clinician.ResolveAsync(alert, new { disposition = "ContactedSafe", note = "Safe tonight.", riskAssessment = AlertApi.Assessment }).OkJsonAsync();
        var checkIn = resolved.GetProperty("followUps")[0].GetProperty("id").GetGuid();
        await app.CountAsync("WITH moved AS (UPDATE caring_contacts SET due_at = now() - interval '1 minute' WHERE id = @i RETURNING 1) SELECT count(*) FROM moved",
            ("i", checkIn));
        return (org, checkIn);
    }
}
