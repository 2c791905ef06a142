using System.Net;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The client's contact page: the clinician records how to reach the client, and the alert page shows it.</summary>
public sealed class ClientContactPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheClinician_SavesTheContactDetails_ABadPhoneIsNamedBesideItself_AndTheAlertPageLinksToCallThem()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = new BrowserSession(app);
        await clinician.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        var page = $"/app/clients/{org.ClientA1.Id}/contact";
        Assert.Contains("Not on record", await clinician.Http.GetStringAsync(page, Ct), StringComparison.Ordinal);

        var refused = await clinician.SubmitFormAsync(page, $"{page}?handler=Save", new Dictionary<string, string>
        {
            ["Phone"] = "call me", ["EmergencyName"] = "Beth Alpha", ["EmergencyPhone"] = "+44 7700 900123", ["EmergencyRelationship"] = "Sister",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"err-phone\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Beth Alpha\"", html, StringComparison.Ordinal); // the form comes back as posted
        Assert.Null((await app.RowsAsync("SELECT phone_protected FROM clients WHERE id = @c", ("c", org.ClientA1.Id)))[0]["phone_protected"]);

        var saved = await clinician.SubmitFormAsync(page, $"{page}?handler=Save", new Dictionary<string, string>
        {
            ["Phone"] = "+44 20 7946 0958", ["EmergencyName"] = "Beth Alpha", ["EmergencyPhone"] = "+44 7700 900123", ["EmergencyRelationship"] = "Sister",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("href=\"tel:+442079460958\"", WebUtility.HtmlDecode(await clinician.Http.GetStringAsync(page, Ct)), StringComparison.Ordinal);

        using var client = await org.As(org.ClientA1);
        await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        var alertPage = WebUtility.HtmlDecode(await clinician.Http.GetStringAsync($"/alerts/{await app.AlertOfAsync(org.ClientA1.Id)}", Ct));
        Assert.Contains("href=\"tel:+447700900123\"", alertPage, StringComparison.Ordinal);
        Assert.Contains("Beth Alpha (Sister)", alertPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherOrganisationsClinician_GetsNotFound_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var stranger = new BrowserSession(app);
        await stranger.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = other.ClinicianA.Email, ["Password"] = PortalApp.Password });

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/app/clients/{org.ClientA1.Id}/contact", Ct)).StatusCode);
        var own = $"/app/clients/{other.ClientA1.Id}/contact";
        var posted = await stranger.SubmitFormAsync(own, $"/app/clients/{org.ClientA1.Id}/contact?handler=Save",
            new Dictionary<string, string> { ["Phone"] = "+44 20 7946 0958" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null((await app.RowsAsync("SELECT phone_protected FROM clients WHERE id = @c", ("c", org.ClientA1.Id)))[0]["phone_protected"]);
    }
}
