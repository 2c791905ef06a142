using System.Net;

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
