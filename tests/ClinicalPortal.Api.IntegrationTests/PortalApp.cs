using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.DevTools.Mail;
using ClinicalPortal.DevTools.Seeding;
using ClinicalPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

[assembly: AssemblyFixture(typeof(ClinicalPortal.Api.IntegrationTests.PortalApp))]

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The real application over HTTP (in-memory server) on a fresh PostgreSQL database, with a real SMTP
/// peer for mail. One per test run; each test creates its own organisation, so tests never share data.
/// </summary>
public sealed class PortalApp : WebApplicationFactory<Program>, IAsyncLifetime, IPortalDatabase
{
    public const string Password = "Test!Passw0rd2026";
    public const string IntegrationSecret = "test-integration-secret";

    public string ConnectionString { get; private set; } = string.Empty;

    public MailCatcher Mail { get; private set; } = null!;

    /// <summary>The token keys of this host, shared with any second instance a test starts (<see cref="SecondInstance"/>).</summary>
    public string SigningCertificate { get; } = TestCertificates.CreatePfx();

    /// <summary>How long an instance trusts its last token-liveness check here (production default: 10 s).</summary>
    public static readonly TimeSpan AccessCheckInterval = TimeSpan.FromSeconds(1);

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateDatabaseAsync("api");
        Mail = MailCatcher.Start();
        // Start the host now, so migrations run once before any test.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Auth:AllowPasswordGrant", "true");
        builder.UseSetting("Auth:IntegrationClientSecret", IntegrationSecret);
        builder.UseSetting("Portal:PublicBaseUrl", "http://localhost/");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Audit:SealInterval", "00:00:00.500");
        // Reminders are tested on clocked portals of their own (ReminderTests); here they would e-mail the shared mail
        // catcher whenever a test's plan has homework due after 08:00 in its client's zone.
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Auth:AccessCheckInterval", AccessCheckInterval.ToString());
        builder.UseSetting("Auth:SigningCertificatePath", SigningCertificate);
        builder.UseSetting("Auth:SigningCertificatePassword", TestCertificates.Password);
    }

    /// <summary>Another app instance on the same database with the same keys, as behind a load balancer.</summary>
    public WebApplicationFactory<Program> SecondInstance() => WithWebHostBuilder(_ => { });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        File.Delete(SigningCertificate);
    }

    /// <summary>A new organisation with an admin, a supervisor, two supervised clinicians and three clients.</summary>
    public Task<TestOrg> CreateOrgAsync() => CreateOrgAsync(this, Services);

    /// <summary>The same, through the services of any host on any test database (<see cref="ClockedPortal"/> has its own).</summary>
    public static async Task<TestOrg> CreateOrgAsync(PortalApp app, IServiceProvider services)
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await using var scope = services.CreateAsyncScope();
        var seed = ActivatorUtilities.CreateInstance<PeopleSeeder>(scope.ServiceProvider);
        var ct = TestContext.Current.CancellationToken;
        var org = await seed.OrganizationAsync($"Clinic {tag}", ct);
        string Email(string who) => $"{who}.{tag}@test.clinic";
        var admin = await seed.StaffAsync(org, Email("admin"), "Admin " + tag, Domain.Common.Role.OrgAdmin, Password, null, ct);
        var supervisor = await seed.StaffAsync(org, Email("supervisor"), "Supervisor " + tag, Domain.Common.Role.Supervisor, Password, null, ct);
        var clinicianA = await seed.StaffAsync(org, Email("clinician-a"), "Clinician A " + tag, Domain.Common.Role.Clinician, Password, supervisor, ct);
        var clinicianB = await seed.StaffAsync(org, Email("clinician-b"), "Clinician B " + tag, Domain.Common.Role.Clinician, Password, supervisor, ct);
        var clientA1 = await seed.ClientAsync(org, clinicianA, Email("client-a1"), "Ann", "Alpha", new DateOnly(1980, 1, 1),
            Domain.Clients.CareTrack.Burnout, "America/New_York", Password, ct);
        var clientA2 = await seed.ClientAsync(org, clinicianA, Email("client-a2"), "Ben", "Beta", new DateOnly(1990, 2, 2),
            Domain.Clients.CareTrack.ChronicIllness, "America/Chicago", Password, ct);
        var clientB1 = await seed.ClientAsync(org, clinicianB, Email("client-b1"), "Cleo", "Gamma", new DateOnly(1970, 3, 3),
            Domain.Clients.CareTrack.General, "Europe/London", Password, ct);
        return new TestOrg(app, org.Id.Value, tag,
            new(admin.Id.Value, Email("admin")), new(supervisor.Id.Value, Email("supervisor")),
            new(clinicianA.Id.Value, Email("clinician-a")), new(clinicianB.Id.Value, Email("clinician-b")),
            new(clientA1.Id.Value, Email("client-a1"), clientA1.UserId.Value), new(clientA2.Id.Value, Email("client-a2"), clientA2.UserId.Value),
            new(clientB1.Id.Value, Email("client-b1"), clientB1.UserId.Value));
    }

    /// <summary>A token from the real token endpoint (password grant, first-party CLI client).</summary>
    public async Task<TokenResponse> TokenAsync(string email, string password = Password, string scope = "api offline_access")
    {
        using var http = CreateClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = scope,
        }), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<TokenResponse>(body, Json)!;
    }

    public async Task<HttpClient> ClientForAsync(string email)
    {
        var token = await TokenAsync(email);
        return Bearer(token.AccessToken);
    }

    /// <summary>A client of this host that sends the given access token.</summary>
    public HttpClient Bearer(string accessToken, WebApplicationFactory<Program>? host = null)
    {
        var http = (host ?? this).CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    /// <summary>POSTs a form to the token endpoint (or another /connect endpoint) and returns the status and JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ConnectAsync(Dictionary<string, string> form, string endpoint = "/connect/token")
    {
        using var http = CreateClient();
        var response = await http.PostAsync(endpoint, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> PasswordGrantAsync(string email, string password) => ConnectAsync(new()
    {
        ["grant_type"] = "password", ["client_id"] = "portal-cli", ["username"] = email, ["password"] = password, ["scope"] = "api",
    });

    public Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(string refreshToken) => ConnectAsync(new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = "portal-cli", ["refresh_token"] = refreshToken,
    });

    public Task<(HttpStatusCode Status, JsonElement Body)> RevokeAsync(string token, string hint) => ConnectAsync(new()
    {
        ["client_id"] = "portal-cli", ["token"] = token, ["token_type_hint"] = hint,
    }, "/connect/revoke");

    /// <summary>Polls <paramref name="probe"/> until it answers <paramref name="expected"/>; returns how long that took.</summary>
    public static async Task<TimeSpan> WaitForStatusAsync(Func<Task<HttpStatusCode>> probe, HttpStatusCode expected, TimeSpan within)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await probe();
            if (status == expected)
            {
                return started.Elapsed;
            }

            Assert.True(started.Elapsed < within, $"still {(int)status} after {started.Elapsed.TotalSeconds:F1} s; expected {(int)expected} within {within.TotalSeconds} s");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public async Task<NpgsqlConnection> OpenDbAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>A person of a test organisation: <see cref="Id"/> is the staff id or the client record id; <see cref="UserId"/> the login.</summary>
public sealed record Person(Guid Id, string Email, Guid? LoginId = null)
{
    public Guid UserId => LoginId ?? Id;
}

public sealed record TestOrg(
    PortalApp App, Guid Id, string Tag,
    Person Admin, Person Supervisor, Person ClinicianA, Person ClinicianB,
    Person ClientA1, Person ClientA2, Person ClientB1)
{
    public Task<HttpClient> As(Person person) => App.ClientForAsync(person.Email);
}

public static class HttpExtensions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(PortalApp.Json, TestContext.Current.CancellationToken))!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(PortalApp.Json, TestContext.Current.CancellationToken);
}
