using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClinicalPortal.LoadTest;

/// <summary>The HTTP side: tokens from the real token endpoint, and the timed requests.</summary>
internal sealed class PortalHttp : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly SeededClient[] _clients;
    private readonly AuthenticationHeaderValue[] _tokens;
    private readonly int _riskEvery;

    private PortalHttp(HttpClient http, SeededClient[] clients, AuthenticationHeaderValue[] tokens, int riskEvery)
    {
        _http = http;
        _clients = clients;
        _tokens = tokens;
        _riskEvery = riskEvery;
    }

    /// <summary>One bearer token per client (password grant, client portal-cli, scope api).</summary>
    public static async Task<PortalHttp> SignInAsync(Uri baseAddress, IReadOnlyList<SeededClient> clients, int riskEvery, CancellationToken ct)
    {
        var http = NewClient(baseAddress);
        try
        {
            var tokens = new AuthenticationHeaderValue[clients.Count];
            for (var i = 0; i < clients.Count; i++)
            {
                tokens[i] = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, clients[i].Email, ct));
            }

            return new PortalHttp(http, [.. clients], tokens, riskEvery);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The same sender (same clients, same tokens, same bodies) against another server: the floor, which accepts the
    /// API's tokens. Its own connection pool, so neither phase reuses the other's connections.
    /// </summary>
    public PortalHttp Against(Uri baseAddress) => new(NewClient(baseAddress), _clients, _tokens, _riskEvery);

    /// <summary>Worker w's bearer token (the token of client w).</summary>
    public AuthenticationHeaderValue Token(int worker) => _tokens[worker % _tokens.Length];

    /// <summary>A token for any seeded person (e.g. the clinician), from the same token endpoint.</summary>
    public async Task<AuthenticationHeaderValue> SignInOneAsync(string email, CancellationToken ct) =>
        new("Bearer", await TokenAsync(_http, email, ct));

    /// <summary>One risk-free PHQ-9 submission with the given token (or none) for the given client: the status only.</summary>
    public async Task<HttpStatusCode> SubmitOnceAsync(AuthenticationHeaderValue? token, Guid clientId, CancellationToken ct)
    {
        using var request = SubmitRequest(clientId, risky: false);
        request.Headers.Authorization = token;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        return response.StatusCode;
    }

    internal static HttpClient NewClient(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>An access token from the real token endpoint (password grant, portal-cli, scope api); the bench's password unless told.</summary>
    internal static async Task<string> TokenAsync(HttpClient http, string email, CancellationToken ct, string password = Seeding.Password)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "api",
        });
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token request for {email} failed: {(int)response.StatusCode} {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString()
            ?? throw new InvalidOperationException("token response without access_token");
    }

    /// <summary>Worker w submits a PHQ-9 as client w (the client for itself); item 9 > 0 on every Nth of --risk-every N.</summary>
    public async ValueTask<string?> SubmitAsync(int worker, long iteration, CancellationToken ct)
    {
        var client = _clients[worker % _clients.Length];
        var risky = _riskEvery > 0 && iteration % _riskEvery == _riskEvery - 1;
        using var request = SubmitRequest(client.ClientId, risky);
        return await SendAsync(request, worker, HttpStatusCode.Created, ct);
    }

    /// <summary>A PHQ-9 for the client: items 1-8 random 0-3, item 9 random 1-3 when risky, else 0.</summary>
    private static HttpRequestMessage SubmitRequest(Guid clientId, bool risky)
    {
        var body = new StringBuilder("{\"instrument\":\"PHQ-9\",\"answers\":[", 64);
        for (var item = 1; item <= 8; item++)
        {
            body.Append(Random.Shared.Next(0, 4)).Append(',');
        }

        body.Append(risky ? Random.Shared.Next(1, 4) : 0).Append("]}");
        return new HttpRequestMessage(HttpMethod.Post,
            new Uri($"api/v1/clients/{clientId.ToString("D", CultureInfo.InvariantCulture)}/assessments", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString())) { Headers = { ContentType = Json } },
        };
    }

    /// <summary>GET /api/v1/me: token validation, mediator, one read and one audit INSERT (autocommit).</summary>
    public async ValueTask<string?> MeAsync(int worker, long iteration, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/me", UriKind.Relative));
        return await SendAsync(request, worker, HttpStatusCode.OK, ct);
    }

    /// <summary>GET /api/v1/instruments: token validation and JSON only, no database and no audit.</summary>
    public async ValueTask<string?> InstrumentsAsync(int worker, long iteration, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/instruments", UriKind.Relative));
        return await SendAsync(request, worker, HttpStatusCode.OK, ct);
    }

    /// <summary>GET /health/live: the HTTP pipeline only (anonymous, no token, no database).</summary>
    public async ValueTask<string?> LiveAsync(int worker, long iteration, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("health/live", UriKind.Relative));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        return response.StatusCode == HttpStatusCode.OK ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The JOSE header of worker 0's access token (alg/enc show whether it is signed only or also encrypted).</summary>
    public string AccessTokenHeader()
    {
        var token = _tokens[0].Parameter ?? "";
        var first = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        first = first.PadRight(first.Length + ((4 - (first.Length % 4)) % 4), '=');
        var parts = token.Split('.');
        // JWE compact form: header.encryptedKey.iv.ciphertext.tag; the encrypted key is as long as the RSA modulus.
        var keyBits = parts.Length == 5 ? (parts[1].Length * 6 / 8) * 8 : 0;
        return Encoding.UTF8.GetString(Convert.FromBase64String(first)) +
               (parts.Length == 5 ? $" (JWE, RSA key of about {keyBits} bits, {token.Length} chars)" : $" ({parts.Length} parts, {token.Length} chars)");
    }

    private async ValueTask<string?> SendAsync(HttpRequestMessage request, int worker, HttpStatusCode expected, CancellationToken ct)
    {
        request.Headers.Authorization = _tokens[worker % _tokens.Length];
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        return response.StatusCode == expected ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _http.Dispose();
}
