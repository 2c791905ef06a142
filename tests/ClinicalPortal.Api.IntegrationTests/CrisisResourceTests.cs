using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The client sees the crisis lines of their own country at once, with the organisation's own lines, and their safety plan.</summary>
public sealed class CrisisResourceTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOrganisationInTheUK_ShowsUKLines_NeverTheUSOnes()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var settings = await admin.PutAsJsonAsync("/api/v1/organization/crisis-lines", new { country = "gb" }, Ct).OkJsonAsync();
        Assert.Equal("GB", settings.GetProperty("country").GetString());

        using var client = await org.As(org.ClientA1);
        var body = await client.SubmitPhq9Async(org.ClientA1.Id, 1).OkJsonAsync(HttpStatusCode.Created);

        var contacts = Contacts(body.GetProperty("crisisResources"));
        Assert.Contains("tel:116123", contacts);          // Samaritans
        Assert.Contains("sms:85258?body=SHOUT", contacts); // Shout
        Assert.Equal("tel:999", contacts[^1]);             // the emergency number, last
        Assert.DoesNotContain(contacts, c => c.Contains("988", StringComparison.Ordinal) || c.Contains("911", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AClientsOwnCountry_OverridesTheOrganisations_AndLocalLinesSitBeforeTheEmergencyNumber()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        await admin.PutAsJsonAsync("/api/v1/organization/crisis-lines", new
        {
            country = "US",
            localLines = new[] { new { name = "County crisis team", instruction = "Call 555-0100, any time.", contact = "tel:555-0100" } },
        }, Ct).OkJsonAsync();
        using var clinician = await org.As(org.ClinicianA);
        var patched = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}", new { country = "AU" }, Ct).OkJsonAsync();
        Assert.Equal("AU", patched.GetProperty("country").GetString());

        using var inAustralia = await org.As(org.ClientA2);
        var au = (await inAustralia.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync()).GetProperty("crisisResources");
        Assert.Equal("AU", au.GetProperty("country").GetString());
        Assert.Equal(["tel:131114", "tel:555-0100", "tel:000"], Contacts(au));
        Assert.Equal("Local", au.GetProperty("contacts")[1].GetProperty("kind").GetString());
        Assert.Contains("not monitored in real time", au.GetProperty("notice").GetString(), StringComparison.Ordinal);

        using var inUs = await org.As(org.ClientA1);
        var us = (await inUs.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync()).GetProperty("crisisResources");
        Assert.Equal(["tel:988", "sms:741741?body=HOME", "tel:555-0100", "tel:911"], Contacts(us));

        // "" gives the organisation's country back.
        await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}", new { country = "" }, Ct).OkJsonAsync();
        Assert.Equal("US", (await inAustralia.GetAsync("/api/v1/me/crisis-resources", Ct).OkJsonAsync())
            .GetProperty("crisisResources").GetProperty("country").GetString());
    }

    [Fact]
    public async Task BadSettings_AreFourHundreds_NamingTheField_AndChangeNothing()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);

        async Task Refused(object body, string field)
        {
            var problem = await admin.PutAsJsonAsync("/api/v1/organization/crisis-lines", body, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        await Refused(new { country = "FR" }, "country");
        await Refused(new { country = "" }, "country");
        await Refused(new { country = "US", localLines = new[] { new { name = "x", instruction = "y", contact = "javascript:alert(1)" } } },
            "localLines[0].contact");
        await Refused(new { country = "US", localLines = new[] { new { name = "", instruction = "y", contact = "tel:555" } } }, "localLines[0].name");
        await Refused(new { country = "US", localLines = new object?[] { null } }, "localLines[0]");
        await Refused(new { country = "US", localLines = Enumerable.Range(0, 11).Select(i => new { name = $"n{i}", instruction = "y", contact = $"tel:55{i:D2}" }) },
            "localLines");
        var unchanged = await admin.GetAsync("/api/v1/organization/crisis-lines", Ct).OkJsonAsync();
        Assert.Equal("US", unchanged.GetProperty("country").GetString());
        Assert.Empty(unchanged.GetProperty("localLines").EnumerateArray());

        using var clinician = await org.As(org.ClinicianA);
        var problem = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", new { country = "Narnia" }, Ct)
            .OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
    }

    [Fact]
    public async Task TheSafetyPlan_IsVersioned_AndTheClientSeesTheLatestBesideTheCrisisLines()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var first = await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new
        {
            warningSigns = new[] { "Not sleeping", "Skipping meals" },
            copingStrategies = new[] { "Walk the dog" },
            peopleToAskForHelp = new[] { "My sister" },
            reasonsForLiving = new[] { "My children" },
        }, Ct).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        var second = await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new
        {
            warningSigns = new[] { "Not sleeping", "  ", "Pulling away from friends" },
            makingTheEnvironmentSafe = new[] { "Medication kept by my partner" },
        }, Ct).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(["Not sleeping", "Pulling away from friends"], second.GetProperty("warningSigns").EnumerateArray().Select(e => e.GetString()));

        using var client = await org.As(org.ClientA1);
        var mine = await client.GetAsync("/api/v1/me/safety-plan", Ct).OkJsonAsync();
        Assert.Equal(2, mine.GetProperty("version").GetInt32());
        var help = await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(2, help.GetProperty("safetyPlan").GetProperty("version").GetInt32());
        var v1 = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan?version=1", Ct).OkJsonAsync();
        Assert.Equal(["My children"], v1.GetProperty("reasonsForLiving").EnumerateArray().Select(e => e.GetString()));

        // Reach and roles: another caseload 404, a supervisor reads but does not write, the client cannot read another's.
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.NotFound, await clinicianB.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan",
            new { warningSigns = new[] { "x" } }, Ct).StatusAsync());
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.OK, await supervisor.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", Ct).StatusAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await supervisor.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan",
            new { warningSigns = new[] { "x" } }, Ct).StatusAsync());
        using var clientA2 = await org.As(org.ClientA2);
        Assert.Equal(HttpStatusCode.NotFound, await clientA2.GetAsync("/api/v1/me/safety-plan", Ct).StatusAsync());
        Assert.Equal(2, await app.CountAsync("SELECT count(*) FROM safety_plans WHERE client_id = @c", ("c", org.ClientA1.Id)));

        // Bad plans: empty, too long an entry: 400 naming it.
        var empty = await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan", new { warningSigns = new[] { " " } }, Ct)
            .OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("body", out _));
        var tooLong = await clinician.PutAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/safety-plan",
            new { copingStrategies = new[] { "ok", new string('x', 501) } }, Ct).OkJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("copingStrategies[1]", out _));
    }

    private static List<string> Contacts(JsonElement resources) =>
        resources.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("contact").GetString()!).ToList();
}
