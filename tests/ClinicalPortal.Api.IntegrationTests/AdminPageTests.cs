using System.Net;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The /app/admin forms over plain HTTP: what they refuse, and that a refusal writes nothing.</summary>
public sealed class AdminPageTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<BrowserSession> SignedInAsync(Person person)
    {
        var browser = new BrowserSession(app);
        var signedIn = await browser.SubmitFormAsync("/account/login",
            new Dictionary<string, string> { ["Email"] = person.Email, ["Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryToken_IsRefused_AndAddsNobody()
    {
        var org = await app.CreateOrgAsync();
        using var browser = await SignedInAsync(org.Admin);
        var email = $"forged.{org.Tag}@test.clinic";
        var posted = await browser.Http.PostAsync("/app/admin/staff", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "Forged Person", ["Role"] = "Clinician",
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM staff_members WHERE email = @e", ("e", email)));
    }

    [Fact]
    public async Task InvalidInput_ShowsEachFieldsMessageBesideIt_AndWritesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var browser = await SignedInAsync(org.Admin);
        var before = await app.CountAsync("SELECT count(*) FROM staff_members WHERE organization_id = @o", ("o", org.Id));

        var staff = await browser.SubmitFormAsync("/app/admin/staff", new Dictionary<string, string>
        {
            ["Email"] = "not an address", ["DisplayName"] = "Someone", ["Role"] = "Supervisor", ["SupervisorId"] = org.Supervisor.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        var html = await staff.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"email-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"supervisorId-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Only a clinician has a supervisor.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"displayName-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not an address\"", html, StringComparison.Ordinal); // what was typed stays
        Assert.Equal(before, await app.CountAsync("SELECT count(*) FROM staff_members WHERE organization_id = @o", ("o", org.Id)));

        var policy = await browser.SubmitFormAsync("/app/admin/escalation", new Dictionary<string, string>
        {
            ["AcknowledgeWithinMinutes[Imminent]"] = "0", ["AcknowledgeWithinMinutes[High]"] = "60", ["AcknowledgeWithinMinutes[Elevated]"] = "1440",
            ["SupervisorWithinMinutes"] = "15", ["RepeatEveryMinutes"] = "99999",
        });
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        html = await policy.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Imminent needs an acknowledgement deadline of 1 to 10080 minutes.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"repeatEveryMinutes-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"supervisorWithinMinutes-error\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND (escalation_policy->'acknowledgeWithinMinutes'->>'Imminent')::int = 15 " +
            "AND (escalation_policy->>'repeatEveryMinutes')::int = 15", ("o", org.Id)));

        var reason = await browser.SubmitFormAsync($"/app/admin/staff/{org.ClinicianB.Id}", $"/app/admin/staff/{org.ClinicianB.Id}?handler=Deactivate",
            new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, reason.StatusCode);
        Assert.Contains("id=\"reason-error\"", await reason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND deactivated_at IS NULL", ("c", org.ClinicianB.Id)));
    }

    [Fact]
    public async Task ThePhoneForm_RefusesANumberWithoutItsCountryCode_ThenSavesOneInE164()
    {
        var org = await app.CreateOrgAsync();
        using var browser = await SignedInAsync(org.Admin);
        var page = $"/app/admin/staff/{org.ClinicianA.Id}";

        var refused = await browser.SubmitFormAsync(page, page + "?handler=Phone", new Dictionary<string, string> { ["Phone"] = "07700 900123" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"phone-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"07700 900123\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND phone_protected IS NULL", ("c", org.ClinicianA.Id)));

        var saved = await browser.SubmitFormAsync(page, page + "?handler=Phone", new Dictionary<string, string> { ["Phone"] = "+44 7700 900123" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        html = WebUtility.HtmlDecode(await browser.Http.GetStringAsync(page, Ct));
        Assert.Contains("phone number is now +447700900123.", html, StringComparison.Ordinal);
        Assert.Contains("<dd>+447700900123</dd>", html, StringComparison.Ordinal);
        Assert.Contains("+447700900123", WebUtility.HtmlDecode(await browser.Http.GetStringAsync("/app/admin/staff", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuditSearch_TakesDaysInUtc_AndNamesAFieldItCannotUse()
    {
        var org = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            using var read = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct);
            Assert.True(read.IsSuccessStatusCode);
        }

        using var browser = await SignedInAsync(org.Admin);
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var client = $"/app/admin/audit?ClientId={org.ClientA1.Id}";

        Assert.Contains("client.read", await browser.Http.GetStringAsync($"{client}&From={today}&To={today}", Ct), StringComparison.Ordinal);
        var later = await browser.Http.GetStringAsync($"{client}&From={tomorrow}", Ct);
        Assert.DoesNotContain("client.read", later, StringComparison.Ordinal);
        Assert.Contains("No audit events match.", later, StringComparison.Ordinal);

        var backwards = await browser.Http.GetStringAsync($"{client}&From={tomorrow}&To={today}", Ct);
        Assert.Contains("id=\"to-error\"", backwards, StringComparison.Ordinal);
        Assert.Contains("&#x27;to&#x27; must not be before &#x27;from&#x27;.", backwards, StringComparison.Ordinal);
        var notAnId = await browser.Http.GetStringAsync("/app/admin/audit?ClientId=ann", Ct);
        Assert.Contains("id=\"clientId-error\"", notAnId, StringComparison.Ordinal);

        // A page sends several requests in one HTTP request; each audit event names only what its own request touched.
        Assert.True(await app.CountAsync("SELECT count(*) FROM audit_events WHERE action = 'audit.read' AND subject_client_id = @c", ("c", org.ClientA1.Id)) >= 2);
        Assert.Equal(0, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE organization_id = @o AND action IN ('staff.list', 'me.read') AND (subject_client_id IS NOT NULL OR resource_id = @r)",
            ("o", org.Id), ("r", org.ClientA1.Id.ToString())));
    }

    [Fact]
    public async Task AnotherOrganisationsStaffMember_CannotBeDeactivatedOrGivenASupervisor_WithAValidFormToken()
    {
        var org = await app.CreateOrgAsync();
        var elsewhere = await app.CreateOrgAsync();
        using var browser = await SignedInAsync(org.Admin);
        var own = $"/app/admin/staff/{org.ClinicianB.Id}";
        var foreign = $"/app/admin/staff/{elsewhere.ClinicianB.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync(foreign, Ct)).StatusCode);

        var deactivate = await browser.SubmitFormAsync(own, $"{foreign}?handler=Deactivate", new Dictionary<string, string> { ["Reason"] = "Not mine" });
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        var supervise = await browser.SubmitFormAsync(own, $"{foreign}?handler=Supervisor", new Dictionary<string, string> { ["SupervisorId"] = "" });
        Assert.Equal(HttpStatusCode.NotFound, supervise.StatusCode);

        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM staff_members WHERE id = @c AND deactivated_at IS NULL AND supervisor_id = @s",
            ("c", elsewhere.ClinicianB.Id), ("s", elsewhere.Supervisor.Id)));
    }

    [Fact]
    public async Task ASupervisorsValidFormToken_DoesNotMakeThemAnAdministrator()
    {
        var org = await app.CreateOrgAsync();
        using (var client = await org.As(org.ClientA1))
        {
            await client.PostAsync("/api/v1/me/crisis", null, Ct).OkJsonAsync(HttpStatusCode.Accepted);
        }

        using var browser = await SignedInAsync(org.Supervisor);
        // A form token issued to the signed-in supervisor (by an alert page of their team), posted at an admin page.
        var posted = await browser.SubmitFormAsync($"/alerts/{await app.AlertOfAsync(org.ClientA1.Id)}", $"/app/admin/staff/{org.ClinicianB.Id}?handler=Supervisor",
            new Dictionary<string, string> { ["SupervisorId"] = "" });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND supervisor_id = @s",
            ("c", org.ClinicianB.Id), ("s", org.Supervisor.Id)));
    }
}
