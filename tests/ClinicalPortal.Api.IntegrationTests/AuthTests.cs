using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The OpenID Connect server through its real endpoints.</summary>
public sealed class AuthTests(PortalApp app)
{
    private const string WebRedirect = "http://127.0.0.1:5080/signin-callback";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_AdvertisesS256Only_AndTheEndpoints()
    {
        using var http = app.CreateClient();
        var doc = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration", Ct)).RootElement;
        Assert.Equal(["S256"], doc.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("/connect/token", doc.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/revoke", doc.GetProperty("revocation_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/authorize", doc.GetProperty("authorization_endpoint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessToken_IsASignedJwt_CarryingIdsRoleAndOrganization_NoNameOrEmail()
    {
        var org = await app.CreateOrgAsync();
        var token = await app.TokenAsync(org.ClientA1.Email, scope: "openid profile email api offline_access");
        var parts = token.AccessToken.Split('.');
        Assert.Equal(3, parts.Length); // JWS, not JWE (ADR 0008)
        var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0])).RootElement;
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1])).RootElement;
        Assert.Equal("Client", claims.GetProperty("role").GetString());
        Assert.Equal(org.Id.ToString(), claims.GetProperty("org_id").GetString());
        Assert.True(Guid.TryParse(claims.GetProperty("sub").GetString(), out _));
        var payload = claims.ToString();
        Assert.False(claims.TryGetProperty("email", out _));
        Assert.False(claims.TryGetProperty("name", out _));
        Assert.DoesNotContain(org.ClientA1.Email, payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Alpha", payload, StringComparison.Ordinal); // the client's family name
    }

    [Fact]
    public async Task AuthorizationCodeWithPkce_LogsInThroughTheLoginPage_AndIssuesWorkingTokens()
    {
        var org = await app.CreateOrgAsync();
        using var browser = new BrowserSession(app);
        var (verifier, challenge) = BrowserSession.NewPkce();
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal-web", ["response_type"] = "code", ["redirect_uri"] = WebRedirect,
            ["scope"] = "openid profile api offline_access", ["state"] = "state-123",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        var toLogin = await browser.Http.GetAsync(authorize, Ct);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginUrl = toLogin.Headers.Location!.ToString();
        Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), loginUrl).PathAndQuery, StringComparison.Ordinal);

        var loggedIn = await browser.SubmitFormAsync(loginUrl, new Dictionary<string, string>
        {
            ["Email"] = org.ClinicianA.Email, ["Password"] = PortalApp.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);

        var toApp = await browser.Http.GetAsync(loggedIn.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.Redirect, toApp.StatusCode);
        var callback = toApp.Headers.Location!;
        Assert.StartsWith(WebRedirect, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-123", query["state"].ToString());

        var tokens = await PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "portal-web", ["code"] = query["code"].ToString(),
            ["redirect_uri"] = WebRedirect, ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Body.GetProperty("access_token").GetString());
        var me = JsonDocument.Parse(await api.GetStringAsync("/api/v1/me", Ct)).RootElement;
        Assert.Equal(org.ClinicianA.Id, me.GetProperty("id").GetGuid());
        Assert.True(tokens.Body.TryGetProperty("id_token", out _));
        Assert.True(tokens.Body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task AuthorizationCode_WithWrongVerifier_IsRefused()
    {
        var org = await app.CreateOrgAsync();
        using var browser = new BrowserSession(app);
        var (_, challenge) = BrowserSession.NewPkce();
        var code = await LoginAndGetCodeAsync(browser, org.ClinicianA.Email, challenge);
        var tokens = await PostTokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "portal-web", ["code"] = code,
            ["redirect_uri"] = WebRedirect, ["code_verifier"] = BrowserSession.NewPkce().Verifier,
        });
        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Equal("invalid_grant", tokens.Body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData(null)]
    public async Task Authorize_WithoutS256Challenge_IsRefused(string? method)
    {
        using var browser = new BrowserSession(app);
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = "portal-web", ["response_type"] = "code", ["redirect_uri"] = WebRedirect, ["scope"] = "api", ["state"] = "s",
        };
        if (method is not null)
        {
            parameters["code_challenge"] = BrowserSession.NewPkce().Verifier;
            parameters["code_challenge_method"] = method;
        }

        var response = await browser.Http.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", parameters), Ct);
        // Refused before any login page is shown; OpenIddict answers the error directly.
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("error:invalid_request", body, StringComparison.Ordinal);
        Assert.Contains(method is null ? "'code_challenge' parameter is missing" : "'code_challenge_method' is not supported",
            body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_RotatesTheToken_AndReplayOfAUsedTokenRevokesTheFamily()
    {
        var org = await app.CreateOrgAsync();
        var first = await app.TokenAsync(org.ClinicianA.Email);
        var second = await RefreshAsync(first.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        var rotated = second.Body.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first.RefreshToken, rotated);

        var replay = await RefreshAsync(first.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal("invalid_grant", replay.Body.GetProperty("error").GetString());
        // The replay is treated as theft: the newer token of the same family is revoked too.
        Assert.Equal(HttpStatusCode.BadRequest, (await RefreshAsync(rotated)).Status);
    }

    [Fact]
    public async Task Revocation_EndsARefreshToken()
    {
        var org = await app.CreateOrgAsync();
        var tokens = await app.TokenAsync(org.ClinicianA.Email);
        using var http = app.CreateClient();
        var revoke = await http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "portal-cli", ["token"] = tokens.RefreshToken!, ["token_type_hint"] = "refresh_token",
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RefreshAsync(tokens.RefreshToken!)).Status);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_AndRepeatedFailuresLockTheAccount()
    {
        var org = await app.CreateOrgAsync();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await PasswordGrantAsync(org.ClinicianB.Email, "Wrong!Password1");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
            Assert.Equal("invalid_grant", wrong.Body.GetProperty("error").GetString());
        }

        var locked = await PasswordGrantAsync(org.ClinicianB.Email, PortalApp.Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        // The right password is refused while locked, with the same words as a wrong one.
        Assert.Equal("The e-mail or password is wrong.", locked.Body.GetProperty("error_description").GetString());

        await using var db = await app.OpenDbAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT outcome, details::text FROM audit_events WHERE action = 'auth.login' AND actor_user_id = @u ORDER BY id";
        cmd.Parameters.AddWithValue("u", org.ClinicianB.Id);
        var rows = new List<(string Outcome, string? Details)>();
        await using (var reader = await cmd.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal("Denied", r.Outcome));
        Assert.Contains("locked_out", rows[^1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccount_IsRefusedWithTheSameErrorAsAWrongPassword()
    {
        var unknown = await PasswordGrantAsync($"nobody.{Guid.NewGuid():N}@test.clinic", "Whatever!Passw0rd");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("The e-mail or password is wrong.", unknown.Body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task ClientCredentials_IssueAToken_ThatReachesNoPatientData()
    {
        var tokens = await PostTokenAsync(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "portal-integration",
            ["client_secret"] = PortalApp.IntegrationSecret, ["scope"] = "api",
        });
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Body.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/clients", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);

        var badSecret = await PostTokenAsync(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "portal-integration", ["client_secret"] = "wrong",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, badSecret.Status);
    }

    [Fact]
    public async Task PasswordGrant_IsRefusedForOtherClients()
    {
        var org = await app.CreateOrgAsync();
        var response = await PostTokenAsync(new()
        {
            ["grant_type"] = "password", ["client_id"] = "portal-web", ["username"] = org.ClinicianA.Email, ["password"] = PortalApp.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("unauthorized_client", response.Body.GetProperty("error").GetString());
    }

    private async Task<string> LoginAndGetCodeAsync(BrowserSession browser, string email, string challenge)
    {
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal-web", ["response_type"] = "code", ["redirect_uri"] = WebRedirect, ["scope"] = "api",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s",
        });
        var toLogin = await browser.Http.GetAsync(authorize, Ct);
        var loggedIn = await browser.SubmitFormAsync(toLogin.Headers.Location!.ToString(),
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = PortalApp.Password });
        var toApp = await browser.Http.GetAsync(loggedIn.Headers.Location, Ct);
        return QueryHelpers.ParseQuery(toApp.Headers.Location!.Query)["code"].ToString();
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(string refreshToken) => PostTokenAsync(new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = "portal-cli", ["refresh_token"] = refreshToken,
    });

    private Task<(HttpStatusCode Status, JsonElement Body)> PasswordGrantAsync(string email, string password) => PostTokenAsync(new()
    {
        ["grant_type"] = "password", ["client_id"] = "portal-cli", ["username"] = email, ["password"] = password, ["scope"] = "api",
    });

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostTokenAsync(Dictionary<string, string> form)
    {
        using var http = app.CreateClient();
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }
}
