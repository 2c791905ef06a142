using System.Net;
using System.Net.Http.Json;
using ClinicalPortal.Infrastructure.Identity;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// An access token stops working, on every instance, within the access-check interval after its grant is revoked
/// or its account is locked, deactivated, discharged or deleted (before, a JWT worked until it expired).
/// </summary>
public sealed class TokenLifetimeTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The interval plus slack for a busy machine.</summary>
    private static readonly TimeSpan Within = PortalApp.AccessCheckInterval + TimeSpan.FromSeconds(4);

    private static Func<Task<HttpStatusCode>> Me(HttpClient http) => async () => (await http.GetAsync("/api/v1/me", Ct)).StatusCode;

    [Fact]
    public void TheProductionInterval_IsAtMostThirtySeconds() =>
        Assert.InRange(new AuthOptions().AccessCheckInterval, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    [Fact]
    public async Task RevokingTheAccessToken_EndsIt()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClinicianA.Email);
        using var api = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, await Me(api)());
        Assert.Equal(HttpStatusCode.OK, (await app.RevokeAsync(tokens.AccessToken, "access_token")).Status);
        await PortalApp.WaitForStatusAsync(Me(api), HttpStatusCode.Unauthorized, Within);
    }

    [Fact]
    public async Task RevokingTheRefreshToken_EndsTheAccessTokensOfItsGrant()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClinicianA.Email);
        using var api = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, await Me(api)());
        Assert.Equal(HttpStatusCode.OK, (await app.RevokeAsync(tokens.RefreshToken!, "refresh_token")).Status);
        await PortalApp.WaitForStatusAsync(Me(api), HttpStatusCode.Unauthorized, Within);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.RefreshAsync(tokens.RefreshToken!)).Status);
    }

    [Fact]
    public async Task ReplayingAUsedRefreshToken_EndsEveryAccessTokenOfTheFamily()
    {
        var org = await app.CreateOrgAsync();
        var first = await app.TokenAsync(org.ClinicianA.Email);
        var rotated = await app.RefreshAsync(first.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        using var newer = app.Bearer(rotated.Body.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, await Me(newer)());

        Assert.Equal(HttpStatusCode.BadRequest, (await app.RefreshAsync(first.RefreshToken!)).Status); // theft: the family is revoked
        await PortalApp.WaitForStatusAsync(Me(newer), HttpStatusCode.Unauthorized, Within);
    }

    [Fact]
    public async Task LockingTheAccount_EndsItsTokens_AndItsRefresh_WhichIsAuditedWithTheUser()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClinicianB.Email);
        using var api = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, await Me(api)());
        for (var i = 0; i < 5; i++)
        {
            await app.PasswordGrantAsync(org.ClinicianB.Email, "Wrong!Password1");
        }

        await PortalApp.WaitForStatusAsync(Me(api), HttpStatusCode.Unauthorized, Within);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.RefreshAsync(tokens.RefreshToken!)).Status);
        var refresh = Assert.Single(await app.RowsAsync(
            "SELECT actor_user_id, organization_id, outcome, details::text AS details FROM audit_events WHERE action = 'auth.refresh' AND actor_user_id = @u",
            ("u", org.ClinicianB.Id)));
        Assert.Equal(org.Id, refresh["organization_id"]);
        Assert.Equal("Denied", refresh["outcome"]);
        Assert.Contains("locked_out", (string)refresh["details"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingTheLogin_EndsItsTokens()
    {
        var org = await app.CreateOrgAsync();
        using var supervisor = await org.As(org.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/staff", Ct)).StatusCode);
        await app.ExecuteAsync("DELETE FROM users WHERE id = @u", ("u", org.Supervisor.Id));
        await PortalApp.WaitForStatusAsync(async () => (await supervisor.GetAsync("/api/v1/staff", Ct)).StatusCode, HttpStatusCode.Unauthorized, Within);
    }

    [Fact]
    public async Task DeactivatingAStaffMember_EndsTheirTokens_AndSignInIsRefused()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClinicianB.Email);
        using var clinician = app.Bearer(tokens.AccessToken);
        using var admin = await org.As(org.Admin);
        // Their client is transferred first (a deactivation with clients in care is refused: ClientLifecycleTests).
        await admin.PutAsJsonAsync($"/api/v1/clients/{org.ClientB1.Id}/clinician", new { clinicianId = org.ClinicianA.Id }, Ct);
        var deactivated = await admin.PostAsJsonAsync($"/api/v1/staff/{org.ClinicianB.Id}/deactivate", new { reason = "Left the practice" }, Ct);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await deactivated.ReadJsonAsync()).GetProperty("active").GetBoolean());

        await PortalApp.WaitForStatusAsync(Me(clinician), HttpStatusCode.Unauthorized, Within);
        var again = await app.PasswordGrantAsync(org.ClinicianB.Email, PortalApp.Password);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("The e-mail or password is wrong.", again.Body.GetProperty("error_description").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.RefreshAsync(tokens.RefreshToken!)).Status);
    }

    [Fact]
    public async Task DischargingAClient_EndsTheirAccess_ButTheRecordStaysReadable()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClientA1.Email);
        using var client = app.Bearer(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/assessments/due", Ct)).StatusCode);
        using var clinician = await org.As(org.ClinicianA);
        var discharged = await clinician.PostAsJsonAsync($"/api/v1/clients/{org.ClientA1.Id}/discharge", new { reason = "Completed the programme" }, Ct);
        Assert.Equal(HttpStatusCode.OK, discharged.StatusCode);
        Assert.Equal("Discharged", (await discharged.ReadJsonAsync()).GetProperty("status").GetString());

        await PortalApp.WaitForStatusAsync(Me(client), HttpStatusCode.Unauthorized, Within);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PasswordGrantAsync(org.ClientA1.Email, PortalApp.Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct)).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM clients WHERE id = @c AND status = 'Discharged' AND discharge_reason = 'Completed the programme'",
            ("c", org.ClientA1.Id)));
    }

    [Fact]
    public async Task ARevocationOnOneInstance_EndsTheTokenOnAnother()
    {
        var org = await app.CreateOrgAsync();
        await using var second = app.SecondInstance();
        var tokens = await app.TokenAsync(org.ClinicianA.Email);
        using var elsewhere = app.Bearer(tokens.AccessToken, second);
        Assert.Equal(HttpStatusCode.OK, await Me(elsewhere)());  // the second instance has checked it and trusts it for a while
        Assert.Equal(HttpStatusCode.OK, (await app.RevokeAsync(tokens.RefreshToken!, "refresh_token")).Status);
        await PortalApp.WaitForStatusAsync(Me(elsewhere), HttpStatusCode.Unauthorized, Within);
    }
}
