using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The administrator's coverage page: hours and rota through the form, refusals beside their field, nobody else.</summary>
public sealed class CoveragePageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAdministrator_SavesTheHoursAndAShift_AndABadZoneIsNamedBesideIt_WithNothingSaved()
    {
        var org = await app.CreateOrgAsync();
        using var admin = new BrowserSession(app);
        await admin.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.Admin.Email, ["Password"] = PortalApp.Password });
        const string page = "/app/admin/coverage";
        var form = new Dictionary<string, string>
        {
            ["TimeZone"] = "Mars/Olympus", ["Opens[Monday]"] = "09:00", ["Closes[Monday]"] = "17:00", ["Opens[Friday]"] = "09:00", ["Closes[Friday]"] = "12:00",
            ["Shifts[0].UserId"] = org.ClinicianB.Id.ToString(), ["Shifts[0].Day"] = "Monday", ["Shifts[0].Starts"] = "17:00", ["Shifts[0].Ends"] = "09:00",
        };

        var refused = await admin.SubmitFormAsync(page, form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"timeZone-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mars/Olympus\"", html, StringComparison.Ordinal);
        Assert.Null((await app.RowsAsync("SELECT coverage FROM organizations WHERE id = @o", ("o", org.Id)))[0]["coverage"]);

        form["TimeZone"] = "America/New_York";
        var saved = await admin.SubmitFormAsync(page, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await admin.Http.GetStringAsync(page, Ct);
        Assert.Contains("Your care team works Monday, 09:00 to 17:00; Friday, 09:00 to 12:00 (New York time).", shown, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND jsonb_array_length(coverage->'onCall') = 1 AND jsonb_array_length(coverage->'hours') = 2",
            ("o", org.Id)));
    }

    [Fact]
    public async Task ASplitDaySetThroughTheApi_ShowsBothSpans_AndSavingThePageKeepsThem()
    {
        var org = await app.CreateOrgAsync();
        using var api = await org.As(org.Admin);
        (await api.PutAsJsonAsync("/api/v1/organization/coverage", new
        {
            timeZone = "Europe/London",
            hours = new[] { new { day = "Monday", opens = "09:00", closes = "12:00" }, new { day = "Monday", opens = "13:00", closes = "17:00" } },
            onCall = Array.Empty<object>(),
        }, Ct)).EnsureSuccessStatusCode();
        using var admin = await BrowserSession.SignedInAsync(app, org.Admin);
        const string page = "/app/admin/coverage";
        var html = await admin.Http.GetStringAsync(page, Ct);
        Assert.Contains("name=\"MoreHours[0].Opens\" type=\"time\" value=\"13:00\"", html, StringComparison.Ordinal);

        var form = new Dictionary<string, string>
        {
            ["TimeZone"] = "Europe/London", ["Opens[Monday]"] = "09:00", ["Closes[Monday]"] = "12:00",
            ["MoreHours[0].Day"] = "Monday", ["MoreHours[0].Opens"] = "13:00", ["MoreHours[0].Closes"] = "17:00",
            ["MoreHours[1].Day"] = "Tuesday", ["MoreHours[1].Opens"] = "14:00", ["MoreHours[1].Closes"] = "10:00",
        };
        var refused = await admin.SubmitFormAsync(page, form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"more1-error\">The team cannot close before it opens", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        form["MoreHours[1].Opens"] = "";
        form["MoreHours[1].Closes"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(page, form)).StatusCode);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND jsonb_array_length(coverage->'hours') = 2", ("o", org.Id)));
        Assert.Contains("Monday, 09:00 to 12:00", await admin.Http.GetStringAsync(page, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClinician_GetsNotFound_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = new BrowserSession(app);
        await clinician.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });

        Assert.Equal(HttpStatusCode.NotFound, (await clinician.Http.GetAsync("/app/admin/coverage", Ct)).StatusCode);
        var posted = await clinician.SubmitFormAsync($"/app/clients/{org.ClientA1.Id}/safety-plan", "/app/admin/coverage", new Dictionary<string, string> { ["TimeZone"] = "Europe/London" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null((await app.RowsAsync("SELECT coverage FROM organizations WHERE id = @o", ("o", org.Id)))[0]["coverage"]);
    }
}
