using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The Production configuration: no password grant, keys from certificates, HTTPS only.</summary>
public sealed class ProductionTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_RefusesThePasswordGrant_AndDoesNotAdvertiseIt()
    {
        await using var production = new ProductionApp(app.ConnectionString);
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration", Ct)).RootElement;
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.DoesNotContain("password", grants);
        Assert.Contains("authorization_code", grants);

        var org = await app.CreateOrgAsync();
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "portal-cli", ["username"] = org.ClinicianA.Email, ["password"] = PortalApp.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Production_RefusesPlainHttp()
    {
        await using var production = new ProductionApp(app.ConnectionString);
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "portal-integration", ["client_secret"] = "x",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTPS", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Portal:PublicBaseUrl", "", "Portal:PublicBaseUrl")]
    [InlineData("Auth:AccessCheckInterval", "00:01:00", "AccessCheckInterval")]
    [InlineData("DataProtection:CertificatePath", "", "DataProtection:CertificatePath")]
    public void Production_RefusesToStart_WithoutItsPublicAddress_OrWithASlowAccessCheck(string key, string value, string named)
    {
        using var production = new ProductionApp(app.ConnectionString, (key, value));
        var failure = Record.Exception(() => production.CreateClient());
        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ProductionApp(string connectionString, (string Key, string Value)? setting = null) : WebApplicationFactory<Program>
    {
        private readonly string _certificate = TestCertificates.CreatePfx();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Portal", connectionString);
            builder.UseSetting("Auth:SigningCertificatePath", _certificate);
            builder.UseSetting("Auth:SigningCertificatePassword", TestCertificates.Password);
            builder.UseSetting("DataProtection:CertificatePath", _certificate);
            builder.UseSetting("DataProtection:CertificatePassword", TestCertificates.Password);
            builder.UseSetting("Portal:PublicBaseUrl", "https://portal.example.org/");
            if (setting is { } extra)
            {
                builder.UseSetting(extra.Key, extra.Value);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            File.Delete(_certificate);
        }

    }
}
