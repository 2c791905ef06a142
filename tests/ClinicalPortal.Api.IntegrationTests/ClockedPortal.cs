using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.Infrastructure.Alerts;
using ClinicalPortal.Infrastructure.Messaging;
using ClinicalPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// An app instance whose clock is a <see cref="FakeTimeProvider"/> (tokens, alerts, deadlines, the workers: everything
/// reads it), on a database of its own, so that advancing its clock fires nobody else's deadlines. Its escalation
/// worker and outbox dispatcher do not run on their own: a test advances the clock and runs them
/// (<see cref="FireDueAsync"/>, <see cref="DispatchAsync"/>) as a poll would. A second instance on the same database
/// (<see cref="StartAsync"/> with <c>sameDatabaseAs</c>) is another app instance behind the same load balancer.
/// </summary>
public sealed class ClockedPortal : WebApplicationFactory<Program>, IPortalDatabase
{
    private readonly PortalApp _app;
    private readonly int _smtpPort;
    private readonly string? _smsBaseUrl;

    private ClockedPortal(PortalApp app, FakeTimeProvider clock, string connectionString, int smtpPort, string? smsBaseUrl)
    {
        _app = app;
        Clock = clock;
        ConnectionString = connectionString;
        _smtpPort = smtpPort;
        _smsBaseUrl = smsBaseUrl;
    }

    public FakeTimeProvider Clock { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// A started instance: on a fresh database (migrated by its start), or on <paramref name="sameDatabaseAs"/>'s. Mail goes
    /// to <paramref name="smtpPort"/> (default: the test run's mail catcher); texts to the SMS catcher at
    /// <paramref name="smsBaseUrl"/> (default: none, so texts wait in the outbox).
    /// </summary>
    public static async Task<ClockedPortal> StartAsync(
        PortalApp app, FakeTimeProvider? clock = null, ClockedPortal? sameDatabaseAs = null, int? smtpPort = null, string? smsBaseUrl = null)
    {
        var connectionString = sameDatabaseAs?.ConnectionString
                               ?? await TestDatabase.CreateDatabaseAsync("clocked", TestContext.Current.CancellationToken);
        var portal = new ClockedPortal(
            app, clock ?? sameDatabaseAs?.Clock ?? new FakeTimeProvider(WholeSecond(DateTimeOffset.UtcNow)), connectionString, smtpPort ?? app.Mail.Port, smsBaseUrl);
        _ = portal.Server;
        return portal;
    }

    /// <summary>A clock on a whole second, so that times the database keeps (to the microsecond) compare equal with the clock's.</summary>
    private static DateTimeOffset WholeSecond(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Auth:AllowPasswordGrant", "true");
        builder.UseSetting("Auth:IntegrationClientSecret", PortalApp.IntegrationSecret);
        builder.UseSetting("Auth:AccessTokenLifetime", "7.00:00:00");
        builder.UseSetting("Auth:SigningCertificatePath", _app.SigningCertificate);
        builder.UseSetting("Auth:SigningCertificatePassword", TestCertificates.Password);
        builder.UseSetting("Portal:PublicBaseUrl", "http://localhost/");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (_smsBaseUrl is not null)
        {
            builder.UseSetting("Sms:BaseUrl", _smsBaseUrl);
            builder.UseSetting("Sms:Account", DevTools.Sms.SmsCatcher.Account);
            builder.UseSetting("Sms:Token", DevTools.Sms.SmsCatcher.Token);
            builder.UseSetting("Sms:From", DevTools.Sms.SmsCatcher.From);
        }

        builder.UseSetting("Escalation:Enabled", "false");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task<TestOrg> CreateOrgAsync() => PortalApp.CreateOrgAsync(_app, Services);

    public Task<EscalationRun> FireDueAsync() =>
        Services.GetRequiredService<EscalationWorker>().FireDueAsync(TestContext.Current.CancellationToken);

    public Task<int> RemindAsync() =>
        Services.GetRequiredService<Infrastructure.Practice.HomeworkReminderWorker>().QueueAsync(TestContext.Current.CancellationToken);

    public Task<int> DispatchAsync() =>
        Services.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(TestContext.Current.CancellationToken);

    /// <summary>A client of this instance with a token from its own token endpoint (issued at its clock's time).</summary>
    public async Task<HttpClient> As(Person person)
    {
        using var http = CreateClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "portal-cli", ["username"] = person.Email, ["password"] = PortalApp.Password,
            ["scope"] = "api",
        }), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    public async Task<NpgsqlConnection> OpenDbAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
