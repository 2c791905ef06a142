using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.Sms;
using ClinicalPortal.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Tests.Messaging;

/// <summary>The HTTP SMS adapter against a real HTTP peer (the Development SMS catcher): what it posts, and how each failure is read.</summary>
public sealed class HttpSmsTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpSmsTransport Transport(string baseUrl, string account = SmsCatcher.Account)
    {
        var clients = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new HttpSmsTransport(clients, Options.Create(new SmsOptions
        {
            BaseUrl = baseUrl, Account = account, Token = SmsCatcher.Token, From = SmsCatcher.From, TimeoutSeconds = 5,
        }));
    }

    private static SmsMessage Text(string key) => new("+447700900123", "An alert of tier Imminent needs your acknowledgement.", key);

    [Fact]
    public async Task ASentText_ArrivesWithItsIdempotencyKey_AndTheSameKeyAgainIsKeptOnce()
    {
        await using var catcher = await SmsCatcher.StartAsync(ct: Ct);
        var transport = Transport(catcher.BaseUrl.TrimEnd('/')); // with or without the final slash

        await transport.SendAsync(Text("key-1"), Ct);
        await transport.SendAsync(Text("key-1"), Ct);

        var text = Assert.Single(catcher.Messages);
        Assert.Equal(("+447700900123", SmsCatcher.From, "key-1"), (text.To, text.From, text.IdempotencyKey));
        Assert.Equal([201, 200], catcher.Attempts.Select(a => a.Status));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(401)]
    public async Task AProviderThatCannotTakeTextsNow_IsTheChannelUnavailable(int status)
    {
        await using var catcher = await SmsCatcher.StartAsync(ct: Ct);
        catcher.FailNext(1, status);
        await Assert.ThrowsAsync<SmsUnavailableException>(() => Transport(catcher.BaseUrl).SendAsync(Text("key-2"), Ct));
        Assert.Empty(catcher.Messages);
    }

    [Fact]
    public async Task NobodyListening_IsTheChannelUnavailable() =>
        await Assert.ThrowsAsync<SmsUnavailableException>(() =>
            Transport($"http://127.0.0.1:{LocalMachine.FreeLoopbackPort()}/").SendAsync(Text("key-3"), Ct));

    [Fact]
    public async Task ATextTheProviderRefuses_IsThisMessagesFailure_NamingOnlyTheStatus()
    {
        await using var catcher = await SmsCatcher.StartAsync(ct: Ct);
        var refused = await Assert.ThrowsAsync<SmsRejectedException>(() => Transport(catcher.BaseUrl, account: "unknown").SendAsync(Text("key-4"), Ct));
        Assert.Equal("The SMS provider refused the text (404).", refused.Message);
    }
}
