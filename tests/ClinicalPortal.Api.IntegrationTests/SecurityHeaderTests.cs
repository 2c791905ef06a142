using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>Purpose of use is a code, responses carry the security headers, the issuer is configured, OIDC endpoints behave.</summary>
public sealed class SecurityHeaderTests(PortalApp app)
{
    private const string WebRedirect = "http://127.0.0.1:5080/signin-callback";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Ottoline Vandersloot suicidal")]
    [InlineData("TREATMENT")]
    [InlineData("TREAT, ETREAT")]
    public async Task PurposeOfUse_ThatIsNotAnHl7Code_Is400NamingTheHeader_AndReadsNothing(string purpose)
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clients/{org.ClientA1.Id}");
        request.Headers.TryAddWithoutValidation("X-Purpose-Of-Use", purpose);
        var response = await clinician.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("X-Purpose-Of-Use", out _));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM audit_events WHERE action = 'client.read' AND actor_user_id = @u", ("u", org.ClinicianA.Id)));
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'request.rejected' AND actor_user_id = @u AND purpose IS NULL AND outcome = 'Invalid'",
            ("u", org.ClinicianA.Id)));
        Assert.Equal(0, await app.CountAsync("SELECT count(*) FROM audit_events e WHERE e::text ILIKE '%Vandersloot%' OR e::text LIKE '%TREATMENT%'"));
    }

    [Fact]
    public async Task ApiResponses_AreNotSniffedOrCached_AndNameNoServer()
    {
        var org = await app.CreateOrgAsync();
        using var clinician = await org.As(org.ClinicianA);
        foreach (var response in new[]
                 {
                     await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct),
                     await clinician.GetAsync($"/api/v1/clients/{Guid.NewGuid()}", Ct),
                     await app.CreateClient().GetAsync("/api/v1/me", Ct),
                 })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(response.Headers.CacheControl?.NoStore, $"{(int)response.StatusCode} lacks no-store");
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task Pages_CarryAContentSecurityPolicy_ThatForbidsFraming_AndNoReferrer()
    {
        var page = await app.CreateClient().GetAsync("/account/login", Ct);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<style", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal); // the CSP allows no inline style
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/css/portal.css", Ct)).StatusCode);
    }

    [Fact]
    public async Task DiscoveryAndTokens_NameTheConfiguredIssuer_WhateverTheHostHeader()
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "attacker.example";
        var discovery = JsonDocument.Parse(await (await http.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("http://localhost/", discovery.GetProperty("issuer").GetString());
        Assert.StartsWith("http://localhost/", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString(), StringComparison.Ordinal);

        var org = await app.CreateOrgAsync();
        var token = await app.TokenAsync(org.ClinicianA.Email);
        var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(token.AccessToken.Split('.')[1])).RootElement;
        Assert.Equal("http://localhost/", claims.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task UserInfo_GivesTheClaimsTheScopesAllow_AndNothingForADeadToken()
    {
        var org = await app.CreateOrgAsync();
        var token = await app.TokenAsync(org.ClinicianA.Email, scope: "openid profile api");
        using var http = app.Bearer(token.AccessToken);
        var info = JsonDocument.Parse(await http.GetStringAsync("/connect/userinfo", Ct)).RootElement;
        Assert.Equal(org.ClinicianA.Id.ToString(), info.GetProperty("sub").GetString());
        Assert.Equal("Clinician A " + org.Tag, info.GetProperty("name").GetString());
        Assert.False(info.TryGetProperty("email", out _)); // no email scope

        await app.RevokeAsync(token.AccessToken, "access_token");
        await PortalApp.WaitForStatusAsync(async () => (await http.GetAsync("/connect/userinfo", Ct)).StatusCode,
            HttpStatusCode.Unauthorized, PortalApp.AccessCheckInterval + TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task AFailedPkceCheck_BurnsTheAuthorizationCode()
    {
        var org = await app.CreateOrgAsync();
        using var browser = new BrowserSession(app);
        var (verifier, challenge) = BrowserSession.NewPkce();
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal-web", ["response_type"] = "code", ["redirect_uri"] = WebRedirect, ["scope"] = "api",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s",
        });
        var toLogin = await browser.Http.GetAsync(authorize, Ct);
        var loggedIn = await browser.SubmitFormAsync(toLogin.Headers.Location!.ToString(),
            new Dictionary<string, string> { ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password });
        var toApp = await browser.Http.GetAsync(loggedIn.Headers.Location, Ct);
        var code = QueryHelpers.ParseQuery(toApp.Headers.Location!.Query)["code"].ToString();

        Dictionary<string, string> Exchange(string withVerifier) => new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "portal-web", ["code"] = code, ["redirect_uri"] = WebRedirect,
            ["code_verifier"] = withVerifier,
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await app.ConnectAsync(Exchange(BrowserSession.NewPkce().Verifier))).Status);
        var afterwards = await app.ConnectAsync(Exchange(verifier));
        Assert.Equal(HttpStatusCode.BadRequest, afterwards.Status); // the right verifier comes too late: the code is burned
        Assert.Equal("invalid_grant", afterwards.Body.GetProperty("error").GetString());
    }
}
