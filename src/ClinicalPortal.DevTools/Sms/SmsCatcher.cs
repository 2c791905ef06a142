using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.DevTools.Sms;

/// <summary>
/// A real HTTP server on loopback that speaks the SMS provider API the portal's adapter speaks
/// (<c>POST /v1/accounts/{account}/messages</c>, bearer token, <c>Idempotency-Key</c>, <c>{"from", "to", "text"}</c>)
/// and keeps what it receives: the Development SMS catcher (shown at <c>/dev/sms</c>) and the peer of the SMS tests.
/// One text per idempotency key: a repeated key is answered as the first time and kept once. It never sends anything
/// anywhere. <see cref="FailNext"/> makes it answer an error, as a provider having a bad moment.
/// </summary>
public sealed class SmsCatcher : IAsyncDisposable
{
    public const string Account = "dev";
    public const string Token = "dev-sms-token";
    public const string From = "ClinicalPortal";
    private const int Capacity = 500;

    private readonly ConcurrentQueue<CaughtText> _texts = new();
    private readonly ConcurrentQueue<SmsAttempt> _attempts = new();
    private readonly ConcurrentDictionary<string, CaughtText> _byKey = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private int _failures;
    private int _failStatus = StatusCodes.Status503ServiceUnavailable;

    private SmsCatcher(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public int Port { get; private set; }

    /// <summary>What <c>Sms:BaseUrl</c> is set to for this catcher.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public IReadOnlyList<CaughtText> Messages => _texts.ToArray();

    /// <summary>Every request answered, in order (a retry of a failed one shows its key twice).</summary>
    public IReadOnlyList<SmsAttempt> Attempts => _attempts.ToArray();

    /// <summary>Starts on 127.0.0.1:<paramref name="port"/>, or on a free port when 0; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<SmsCatcher> StartAsync(int port = 0, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var catcher = new SmsCatcher(app, clock ?? TimeProvider.System);
        app.UseRouting();
        app.MapPost("/v1/accounts/{account}/messages", catcher.ReceiveAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        catcher.Port = new Uri(address).Port;
        return catcher;
    }

    /// <summary>The next <paramref name="count"/> requests are answered <paramref name="status"/> and keep nothing.</summary>
    public void FailNext(int count = 1, int status = StatusCodes.Status503ServiceUnavailable)
    {
        lock (_gate)
        {
            _failures = count;
            _failStatus = status;
        }
    }

    public async Task<CaughtText> WaitForAsync(Func<CaughtText, bool> match, TimeSpan timeout)
    {
        var deadline = _clock.GetUtcNow() + timeout;
        while (_clock.GetUtcNow() < deadline)
        {
            if (_texts.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), _clock);
        }

        throw new TimeoutException("No matching text arrived in time.");
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string account)
    {
        var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
        var status = await DecideAsync(context, account, key);
        _attempts.Enqueue(new SmsAttempt(_clock.GetUtcNow(), key, status.Status));
        return status.Result;
    }

    private async Task<(int Status, IResult Result)> DecideAsync(HttpContext context, string account, string? key)
    {
        lock (_gate)
        {
            if (_failures > 0)
            {
                _failures--;
                return (_failStatus, Results.StatusCode(_failStatus));
            }
        }

        if (context.Request.Headers.Authorization.FirstOrDefault() != $"Bearer {Token}")
        {
            return (401, Results.StatusCode(401));
        }

        if (account != Account)
        {
            return (404, Results.StatusCode(404));
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            return (400, Results.Json(new { error = "The Idempotency-Key header is required." }, statusCode: 400));
        }

        Body? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<Body>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is not { From.Length: > 0, To.Length: > 0, Text.Length: > 0 })
        {
            return (400, Results.Json(new { error = "from, to and text are required." }, statusCode: 400));
        }

        var text = new CaughtText(Guid.CreateVersion7().ToString(), _clock.GetUtcNow(), body.From, body.To, body.Text, key);
        var kept = _byKey.GetOrAdd(key, text);
        if (!ReferenceEquals(kept, text))
        {
            return (200, Results.Json(new { id = kept.Id }, statusCode: 200)); // the same text again: answered, not kept twice
        }

        _texts.Enqueue(text);
        while (_texts.Count > Capacity && _texts.TryDequeue(out var dropped))
        {
            _byKey.TryRemove(dropped.IdempotencyKey, out _);
        }

        return (201, Results.Json(new { id = text.Id }, statusCode: 201));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Body(string? From, string? To, string? Text);
}
