using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Sms;
using ClinicalPortal.DevTools.Tests.LocalPostgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.DevTools.Tests.Sms;

/// <summary>The Development SMS catcher: the provider API it speaks, the port it falls back to, and <c>/dev/sms</c> over real HTTP.</summary>
public sealed class DevSmsCatcherHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Post(SmsCatcher catcher, string? key, object body, string token = SmsCatcher.Token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{catcher.BaseUrl}v1/accounts/{SmsCatcher.Account}/messages") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task TheCatcher_KeepsOneTextPerKey_AndRefusesWhatAProviderWould()
    {
        await using var catcher = await SmsCatcher.StartAsync(ct: Ct);
        using var http = new HttpClient();
        var body = new { from = "ClinicalPortal", to = "+447700900123", text = "hello" };

        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(Post(catcher, "k1", body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(Post(catcher, "k1", body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(Post(catcher, null, body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(Post(catcher, "k2", new { to = "+1" }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(Post(catcher, "k3", body, token: "wrong"), Ct)).StatusCode);
        catcher.FailNext(1, 503);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.SendAsync(Post(catcher, "k4", body), Ct)).StatusCode);

        Assert.Equal("k1", Assert.Single(catcher.Messages).IdempotencyKey);
        Assert.Equal([201, 200, 400, 400, 401, 503], catcher.Attempts.Select(a => a.Status));
    }

    [Fact]
    public async Task WhenTheSmsPortIsTaken_TheCatcherTakesAFreeOne_AndSaysSo()
    {
        await using var first = await SmsCatcher.StartAsync(ct: Ct);
        var log = new ListLogger();
        await using var catcher = await DevSmsCatcherHost.StartOnFreePortAsync(first.Port, log);
        Assert.NotEqual(first.Port, catcher.Port);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning
                                          && e.Message.Contains(first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                                          && e.Message.Contains(catcher.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DevSms_ListsTheCaughtTexts_InWords_AndAsJson()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Sms:CatcherPort"] = "0";
        await builder.AddDevSmsCatcherAsync(new ListLogger());
        Assert.StartsWith("http://127.0.0.1:", builder.Configuration["Sms:BaseUrl"], StringComparison.Ordinal);
        Assert.Equal(SmsCatcher.Account, builder.Configuration["Sms:Account"]);
        await using var app = builder.Build();
        app.MapDevSms();
        await app.StartAsync(Ct);
        var catcher = app.Services.GetRequiredService<SmsCatcher>();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Assert.Contains("No text messages yet", await http.GetStringAsync("/dev/sms", Ct), StringComparison.Ordinal);
        await http.SendAsync(Post(catcher, "k1", new { from = "ClinicalPortal", to = "+447700900123", text = "Open it: http://127.0.0.1/alerts/1 <b>" }), Ct);

        var html = await http.GetStringAsync("/dev/sms", Ct);
        Assert.Contains("To +447700900123", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://127.0.0.1/alerts/1\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("IdempotencyKey", html, StringComparison.Ordinal);
        var json = JsonDocument.Parse(await http.GetStringAsync("/dev/sms.json", Ct)).RootElement;
        var text = Assert.Single(json.EnumerateArray());
        Assert.Equal(("+447700900123", "k1"), (text.GetProperty("to").GetString(), text.GetProperty("idempotencyKey").GetString()));
        await app.StopAsync(Ct);
        await catcher.DisposeAsync();
    }
}
