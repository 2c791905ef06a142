using System.Net;
using System.Net.Http.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// <c>PUT /api/v1/staff/{id}/phone</c>: an administrator sets anyone's number, a clinician or supervisor only their own;
/// it is kept in E.164 form and encrypted; administrators see it in the staff JSON, supervisors do not; refusals change
/// nothing and are audited, and the audit trail never holds the number.
/// </summary>
public sealed class StaffPhoneTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> PutPhoneAsync(HttpClient http, Guid staffId, string? phone) =>
        http.PutAsJsonAsync($"/api/v1/staff/{staffId}/phone", new { phone }, Ct);

    private async Task<string?> StoredAsync(Guid staffId) =>
        (string?)Assert.Single(await app.RowsAsync("SELECT phone_protected FROM staff_members WHERE id = @s", ("s", staffId)))["phone_protected"];

    [Fact]
    public async Task AnAdministrator_SetsAPhone_InE164_EncryptedAtRest_SeenByAdministratorsOnly()
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);

        var set = await PutPhoneAsync(admin, org.ClinicianA.Id, " +44 (0)7700 900123 ").OkJsonAsync();
        Assert.Equal("+447700900123", set.GetProperty("phone").GetString());

        var stored = await StoredAsync(org.ClinicianA.Id);
        Assert.NotNull(stored);
        Assert.DoesNotContain("7700", stored, StringComparison.Ordinal);
        Assert.Equal("+447700900123", (await admin.GetAsync($"/api/v1/staff/{org.ClinicianA.Id}", Ct).OkJsonAsync()).GetProperty("phone").GetString());
        var listed = (await admin.GetAsync("/api/v1/staff", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Equal("+447700900123", listed.Single(s => s.GetProperty("id").GetGuid() == org.ClinicianA.Id).GetProperty("phone").GetString());

        using var supervisor = await org.As(org.Supervisor);
        var seen = (await supervisor.GetAsync("/api/v1/staff", Ct).OkJsonAsync()).EnumerateArray().ToList();
        Assert.All(seen, s => Assert.Equal(System.Text.Json.JsonValueKind.Null, s.GetProperty("phone").ValueKind));
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await supervisor.GetAsync($"/api/v1/staff/{org.ClinicianA.Id}", Ct).OkJsonAsync()).GetProperty("phone").ValueKind);

        var audit = Assert.Single(await app.RowsAsync(
            "SELECT outcome, details::text AS details FROM audit_events WHERE action = 'staff.set-phone' AND actor_user_id = @u", ("u", org.Admin.Id)));
        Assert.Equal("Success", audit["outcome"]);
        Assert.DoesNotContain("7700", (string?)audit["details"] ?? string.Empty, StringComparison.Ordinal);

        // "" clears it.
        var cleared = await PutPhoneAsync(admin, org.ClinicianA.Id, "").OkJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("phone").ValueKind);
        Assert.Null(await StoredAsync(org.ClinicianA.Id));
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 7700 900123 ext 2")]
    [InlineData("+1234567890123456")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task ANumberWithoutItsCountryCode_OrNoNumber_Is400NamingPhone_AndNothingIsStored(string? phone)
    {
        var org = await app.CreateOrgAsync();
        using var admin = await org.As(org.Admin);
        await PutPhoneAsync(admin, org.ClinicianA.Id, "+44 7700 900123").OkJsonAsync();
        var before = await StoredAsync(org.ClinicianA.Id);

        var refused = await PutPhoneAsync(admin, org.ClinicianA.Id, phone).OkJsonAsync(HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("phone", out _), refused.ToString());
        Assert.Equal(before, await StoredAsync(org.ClinicianA.Id));
    }

    [Fact]
    public async Task AnotherOrganisationsStaff_Is404()
    {
        var org = await app.CreateOrgAsync();
        var other = await app.CreateOrgAsync();
        using var otherAdmin = await other.As(other.Admin);

        Assert.Equal(HttpStatusCode.NotFound, await PutPhoneAsync(otherAdmin, org.ClinicianA.Id, "+44 7700 900123").StatusAsync());
        Assert.Null(await StoredAsync(org.ClinicianA.Id));
    }

    [Fact]
    public async Task AClinician_SetsTheirOwn_ButNotSomeoneElses_AndTheDeniedWriteChangesNothing()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);

        var own = await PutPhoneAsync(clinician, org.ClinicianA.Id, "+1 212 555 0123").OkJsonAsync();
        Assert.Equal("+12125550123", own.GetProperty("phone").GetString());

        foreach (var someoneElse in new[] { org.ClinicianB.Id, org.Admin.Id, Guid.NewGuid() })
        {
            var denied = await PutPhoneAsync(clinician, someoneElse, "+1 212 555 0199").OkJsonAsync(HttpStatusCode.Forbidden);
            Assert.Equal("forbidden", denied.GetProperty("code").GetString());
        }

        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.Forbidden, await PutPhoneAsync(supervisor, org.ClinicianB.Id, "+1 212 555 0199").StatusAsync());
        await PutPhoneAsync(supervisor, org.Supervisor.Id, "+1 212 555 0188").OkJsonAsync();

        Assert.Null(await StoredAsync(org.ClinicianB.Id));
        Assert.Null(await StoredAsync(org.Admin.Id));
        Assert.Equal(4, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'staff.set-phone' AND outcome = 'Denied' AND organization_id = @o", ("o", org.Id)));
        using var admin = await org.As(org.Admin);
        Assert.Equal("+12125550123", (await admin.GetAsync($"/api/v1/staff/{org.ClinicianA.Id}", Ct).OkJsonAsync()).GetProperty("phone").GetString());
    }
}
