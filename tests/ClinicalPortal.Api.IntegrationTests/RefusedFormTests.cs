using System.Net;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A refused form comes back as it was posted, with the message beside the field, and stores nothing.</summary>
public sealed class RefusedFormTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScheduleWithTheCadenceEmptied_IsRefused_AndTheFormKeepsItEmpty_InsteadOfRefillingTheDefault()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = new BrowserSession(app);
        var signedIn = await clinician.SubmitFormAsync("/account/login",
            new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var page = $"/app/clients/{org.ClientA1.Id}/schedules";
        var first = await clinician.Http.GetStringAsync(page, Ct);
        Assert.Contains("name=\"CadenceDays\" type=\"number\" min=\"1\" value=\"14\"", first, StringComparison.Ordinal); // the default, on GET

        var refused = await clinician.SubmitFormAsync(page, $"{page}?handler=Schedule",
            new Dictionary<string, string> { ["Instrument"] = "PHQ-9", ["CadenceDays"] = "", ["Start"] = PracticeApi.Iso(PracticeApi.TodayIn("America/New_York")) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("class=\"field-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"14\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM measure_schedules WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }
}
