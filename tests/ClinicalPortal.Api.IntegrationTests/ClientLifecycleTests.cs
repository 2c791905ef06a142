using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>What users missed: correcting a client, discharge, fresh invitations, staff lifecycle, schedule and result addresses.</summary>
public sealed partial class ClientLifecycleTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Patch_ChangesOnlyTheFieldsSent_AndAuditsTheirNamesNotTheirValues()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}",
            new { familyName = "Zwelithini", timeZone = "Africa/Johannesburg" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Zwelithini", body.GetProperty("familyName").GetString());
        Assert.Equal("Ann", body.GetProperty("givenName").GetString());
        Assert.Equal("Africa/Johannesburg", body.GetProperty("timeZone").GetString());

        var audit = Assert.Single(await app.RowsAsync(
            "SELECT details::text AS details, subject_client_id FROM audit_events WHERE action = 'client.update' AND actor_user_id = @u", ("u", org.ClinicianA.Id)));
        Assert.Equal(org.ClientA1.Id, audit["subject_client_id"]);
        Assert.Contains("familyName", (string)audit["details"]!, StringComparison.Ordinal);
        Assert.Contains("timeZone", (string)audit["details"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwelithini", (string)audit["details"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Johannesburg", (string)audit["details"]!, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM audit_events e WHERE e::text LIKE '%Zwelithini%'"));
    }

    [Fact]
    public async Task Patch_OfTheEmail_MovesTheLogin_WithoutAnInvitation_AndATakenAddressChangesNoLogin()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var moved = $"moved.{org.Tag}@test.clinic";
        Assert.Equal(HttpStatusCode.OK, (await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", new { email = moved }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(moved, PortalApp.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PasswordGrantAsync(org.ClientA1.Email, PortalApp.Password)).Status);

        var taken = await clinician.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", new { email = other.ClientB1.Email }, Ct);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode); // as for a free address (ADR 0009)
        await app.Mail.WaitForAsync(m => m.To.Contains(other.ClientB1.Email) && m.TextBody.Contains("already has a ClinicalPortal login", StringComparison.Ordinal),
            TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(moved, PortalApp.Password)).Status); // the login kept its address
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(other.ClientB1.Email, PortalApp.Password)).Status);
        Assert.DoesNotContain(app.Mail.Messages, m => m.To.Contains(moved)); // an existing login is not re-invited
    }

    [Fact]
    public async Task Patch_OutsideReach_Is404_AndChangesNothing_AByAClientIs403()
    {
        var org = await app.CreateOrgAsync();
        using var clinicianB = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", new { familyName = "Changed" }, Ct)).StatusCode);
        using var client = await org.As(org.ClientA1);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}", new { familyName = "Changed" }, Ct)).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM clients WHERE id = @c AND family_name = 'Alpha'", ("c", org.ClientA1.Id)));
    }

    [Theory]
    [InlineData("""{}""", "body")]
    [InlineData("""{"track":"Anxiety"}""", "track")]
    [InlineData("""{"timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"email":"not-an-email"}""", "email")]
    public async Task Patch_WithABadField_Is400NamingIt(string json, string field)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var response = await clinician.PatchAsync($"/api/v1/clients/{org.ClientA1.Id}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM clients WHERE id = @c AND track = 'Burnout' AND time_zone = 'America/New_York' AND email = @e",
            ("c", org.ClientA1.Id), ("e", org.ClientA1.Email)));
    }

    [Fact]
    public async Task Discharge_MovesTheClientToTheDischargedList_KeepsItReadable_AndTakesNothingNew()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/measure-schedules",
            new { instrument = "PHQ-9", cadenceDays = 7, start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/discharge", new { reason = "Moved abroad" }, Ct)).StatusCode);

        var active = await (await clinician.GetAsync("/api/v1/clients", Ct)).ReadJsonAsync();
        Assert.Equal([org.ClientA1.Id], active.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        var discharged = await (await clinician.GetAsync("/api/v1/clients?status=discharged", Ct)).ReadJsonAsync();
        Assert.Equal([org.ClientA2.Id], discharged.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/v1/clients/{org.ClientA2.Id}/assessments", Ct)).StatusCode);

        // Care has ended: no answers, no schedules, no second discharge, and the reason stays out of the trail.
        var submit = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/assessments", new { instrument = "WHO-5", answers = new[] { 1, 1, 1, 1, 1 } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA2.Id}/discharge", new { reason = "Again" }, Ct)).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM assessments WHERE client_id = @c", ("c", org.ClientA2.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM audit_events e WHERE e::text LIKE '%Moved abroad%'"));
    }

    [Fact]
    public async Task Discharge_WithoutAReason_Is400_AndByASupervisor_Is403_AndNothingChanges()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var missing = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/discharge", new { reason = "" }, Ct);
        Assert.True((await missing.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/discharge", new { reason = "x" }, Ct)).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM clients WHERE id = @c AND status = 'Active'", ("c", org.ClientA1.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM users WHERE id = @u AND disabled_at IS NOT NULL", ("u", org.ClientA1.UserId)));
    }

    [Fact]
    public async Task CorrectingTheAddressOfAnInviteeWithoutAPassword_SendsAWorkingInvitationToTheNewAddress()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var typo = $"tpyo.{org.Tag}@test.clinic";
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Tia", familyName = "Typo", dateOfBirth = "1985-05-05", email = typo, track = "General", timeZone = "Europe/London",
        }, Ct)).ReadJsonAsync();
        await app.Mail.WaitForAsync(m => m.To.Contains(typo), TimeSpan.FromSeconds(15));
        var right = $"typo.{org.Tag}@test.clinic";
        Assert.Equal(HttpStatusCode.OK, (await clinician.PatchAsJsonAsync($"/api/v1/clients/{created.GetProperty("id").GetGuid()}", new { email = right }, Ct)).StatusCode);
        var invitation = await app.Mail.WaitForAsync(m => m.To.Contains(right), TimeSpan.FromSeconds(15));
        Assert.Contains("Your password is set", await SetPasswordAsync(Link(invitation.TextBody)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(right, "Fresh!Passw0rd2026")).Status);
    }

    [Fact]
    public async Task AScheduleStoredWithAFarEnd_StillReads()
    {
        var org = await app.CreateOrgAsync();
        // A row from before the ten-year rule (the API refuses to store it now).
        await app.ExecuteAsync("""
            INSERT INTO measure_schedules (id, organization_id, client_id, instrument_code, cadence_days, start_date, end_date, created_by, created_at)
            VALUES (gen_random_uuid(), @o, @c, 'PHQ-9', 7, current_date - 1, '9999-12-31', @u, now())
            """, ("o", org.Id), ("c", org.ClientA1.Id), ("u", org.ClinicianA.Id));
        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", Ct)).StatusCode);
        using var client = await org.As(org.ClientA1);
        var due = await client.GetAsync("/api/v1/me/assessments/due", Ct);
        Assert.Equal(HttpStatusCode.OK, due.StatusCode);
        Assert.Single((await due.ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ResendInvitation_SendsAFreshLink_AndTheOldOneDies()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var email = $"invitee.{org.Tag}@test.clinic";
        var created = await (await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Ivy", familyName = "Invite", dateOfBirth = "1985-05-05", email, track = "General", timeZone = "Europe/London",
        }, Ct)).ReadJsonAsync();
        var first = await app.Mail.WaitForAsync(m => m.To.Contains(email), TimeSpan.FromSeconds(15));
        var resent = await clinician.PostAsync($"/api/v1/clients/{created.GetProperty("id").GetGuid()}/invitation", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var second = await app.Mail.WaitForAsync(m => m.To.Contains(email) && m != first, TimeSpan.FromSeconds(15));

        Assert.Contains("no longer valid", await SetPasswordAsync(Link(first.TextBody)), StringComparison.Ordinal);
        Assert.Contains("Your password is set", await SetPasswordAsync(Link(second.TextBody)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(email, "Fresh!Passw0rd2026")).Status);
    }

    [Fact]
    public async Task Staff_GetOne_InTheOrganisation_And404Elsewhere()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var member = await (await admin.GetAsync($"/api/v1/staff/{org.ClinicianA.Id}", Ct)).ReadJsonAsync();
        Assert.Equal(org.Supervisor.Id, member.GetProperty("supervisorId").GetGuid());
        Assert.True(member.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/staff/{other.ClinicianA.Id}", Ct)).StatusCode);
        using var clinician = await org.As(org.ClinicianA);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.GetAsync($"/api/v1/staff/{org.ClinicianB.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Deactivate_WithClientsInCare_Is409NamingThem_AndChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var refused = await admin.PostAsJsonAsync($"/api/v1/staff/{org.ClinicianA.Id}/deactivate", new { reason = "Leaving" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var ids = (await refused.ReadJsonAsync()).GetProperty("clientIds").EnumerateArray().Select(e => e.GetGuid()).Order().ToArray();
        Assert.Equal(new[] { org.ClientA1.Id, org.ClientA2.Id }.Order(), ids);

        var supervisor = await admin.PostAsJsonAsync($"/api/v1/staff/{org.Supervisor.Id}/deactivate", new { reason = "Leaving" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, supervisor.StatusCode);
        Assert.Equal(2, (await supervisor.ReadJsonAsync()).GetProperty("clinicianIds").GetArrayLength());

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/staff/{org.Admin.Id}/deactivate", new { reason = "Me" }, Ct)).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM staff_members WHERE organization_id = @o AND deactivated_at IS NOT NULL", ("o", org.Id)));
        Assert.Equal(HttpStatusCode.OK, (await app.PasswordGrantAsync(org.ClinicianA.Email, PortalApp.Password)).Status);
    }

    [Fact]
    public async Task SetSupervisor_WithNull_RemovesIt()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        var response = await admin.PutAsJsonAsync($"/api/v1/staff/{org.ClinicianA.Id}/supervisor", new { supervisorId = (Guid?)null }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await response.ReadJsonAsync()).GetProperty("supervisorId").ValueKind);
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode); // no longer their team
    }

    [Fact]
    public async Task Me_NamesTheOrganisation()
    {
        var org = await app.CreateOrgAsync();
        using var client = await org.As(org.ClientA1);
        Assert.Equal("Clinic " + org.Tag, (await (await client.GetAsync("/api/v1/me", Ct)).ReadJsonAsync()).GetProperty("organizationName").GetString());
    }

    [Fact]
    public async Task EveryLocationHeader_Resolves()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var submitted = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments", new { instrument = "WHO-5", answers = new[] { 3, 3, 3, 3, 3 } }, Ct);
        var scheduled = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/measure-schedules", new { instrument = "GAD-7", cadenceDays = 7, start = "2026-01-01" }, Ct);
        var created = await clinician.PostAsJsonAsync("/api/v1/clients", new
        {
            givenName = "Lo", familyName = "Cation", dateOfBirth = "1980-01-01", email = $"loc.{org.Tag}@test.clinic", track = "General", timeZone = "UTC",
        }, Ct);
        var ids = new List<Guid>();
        foreach (var response in new[] { submitted, scheduled, created })
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
            var followed = await clinician.GetAsync(response.Headers.Location, Ct);
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
            Assert.Equal(ids[^1], (await followed.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        using var admin = await org.As(org.Admin);
        var staff = await admin.PostAsJsonAsync("/api/v1/staff", new { email = $"loc.staff.{org.Tag}@test.clinic", displayName = "Loc Staff", role = "Supervisor" }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(staff.Headers.Location, Ct)).StatusCode);
        var assessment = ids[0];
        using var outsider = await org.As(org.ClinicianB);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/clients/{org.ClientA1.Id}/assessments/{assessment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/api/v1/clients/{org.ClientA2.Id}/assessments/{assessment}", Ct)).StatusCode);
    }

    [Fact]
    public async Task EndingASchedule_KeepsIt_StopsWhatIsDue_AndASecondActiveOneIs409()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/api/v1/clients/{org.ClientA1.Id}/measure-schedules";
        var first = await (await clinician.PostAsJsonAsync(url, new { instrument = "PHQ-9", cadenceDays = 7, start }, Ct)).ReadJsonAsync();
        var second = await clinician.PostAsJsonAsync(url, new { instrument = "PHQ-9", cadenceDays = 14, start }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await second.ReadJsonAsync()).GetProperty("scheduleId").GetGuid());

        using var client = await org.As(org.ClientA1);
        Assert.Single((await (await client.GetAsync("/api/v1/me/assessments/due", Ct)).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"{url}/{first.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        var ended = await clinician.DeleteAsync($"{url}/{first.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await ended.ReadJsonAsync()).GetProperty("endedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await clinician.DeleteAsync($"{url}/{first.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        Assert.Empty((await (await client.GetAsync("/api/v1/me/assessments/due", Ct)).ReadJsonAsync()).EnumerateArray());
        Assert.Single((await (await clinician.GetAsync(url, Ct)).ReadJsonAsync()).EnumerateArray()); // kept for history
        Assert.Equal(HttpStatusCode.Created, (await clinician.PostAsJsonAsync(url, new { instrument = "PHQ-9", cadenceDays = 14, start }, Ct)).StatusCode);
    }

    [Fact]
    public async Task TwoSchedulesOfOneInstrumentAtOnce_StoreOne()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        var url = $"/api/v1/clients/{org.ClientA1.Id}/measure-schedules";
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => clinician.PostAsJsonAsync(url, new { instrument = "K10", cadenceDays = 7, start = "2026-01-01" }, Ct)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM measure_schedules WHERE client_id = @c", ("c", org.ClientA1.Id)));
    }

    private async Task<string> SetPasswordAsync(string link)
    {
        using var browser = new BrowserSession(app);
        var response = await browser.SubmitFormAsync(new Uri(link).PathAndQuery,
            new Dictionary<string, string> { ["Password"] = "Fresh!Passw0rd2026", ["Confirm"] = "Fresh!Passw0rd2026" });
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string Link(string body) => LinkPattern().Match(body).Value;

    [GeneratedRegex(@"https?://\S+set-password\S+")]
    private static partial Regex LinkPattern();
}
