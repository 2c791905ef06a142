using System.Net;
using System.Text;
using System.Text.Json;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// Walks the OpenAPI document and sends every API operation malformed bodies, bad ids and bad query values, as an
/// administrator, a clinician, a client and nobody: never a 5xx, and every 4xx is a ProblemDetails. It grows with the API.
/// </summary>
public sealed class OpenApiWalkTests(PortalApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Bodies =
    [
        "{", "null", "[]", "\"text\"", "42", "{\"a\":" + new string('[', 64) + new string(']', 64) + "}",
        """{"instrument":123,"answers":"x","givenName":[],"email":{},"reason":false,"clinicianId":"nope","supervisorId":7,"cadenceDays":"x","start":1}""",
        """{"givenName":"\u0000","email":"a\u0000@b.c","reason":"\u0000","instrument":"\u0000","start":"9999-99-99"}""",
    ];

    private static readonly string[] BadIds = [Guid.NewGuid().ToString(), "not-a-guid"];

    public static IEnumerable<(string Method, string Path, IReadOnlyList<string> Query)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()
                .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => (o.Name.ToUpperInvariant(), p.Name, (IReadOnlyList<string>)(o.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList()
                    : []))));

    [Fact]
    public async Task EveryOperation_AnswersMalformedInput_WithoutA5xx_AndWithProblemDetails()
    {
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations in the document");

        var org = await app.CreateOrgAsync();
        var callers = new List<(string Who, HttpClient Http)>
        {
            ("admin", await org.As(org.Admin)), ("clinician", await org.As(org.ClinicianA)), ("client", await org.As(org.ClientA1)),
            ("anonymous", app.CreateClient()),
        };
        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, template, query) in operations)
        {
            foreach (var id in BadIds.Concat([org.ClientA1.Id.ToString()]))
            {
                var path = System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", id);
                var queryString = query.Count == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{q}=%00abc"));
                foreach (var (who, http) in callers)
                {
                    // Every malformed body as the clinician (who reaches the real client); the first two as everyone else.
                    string?[] bodies = method is "GET" or "DELETE" ? new string?[] { null } : (who == "clinician" ? Bodies : Bodies[..2]);
                    foreach (var body in bodies)
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method), path + queryString);
                        if (body is not null)
                        {
                            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                        }

                        using var response = await http.SendAsync(request, Ct);
                        sent++;
                        var status = (int)response.StatusCode;
                        var type = response.Content.Headers.ContentType?.MediaType;
                        if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                        {
                            failures.Add($"{who} {method} {path}{queryString} [{body?[..Math.Min(body.Length, 30)]}] -> {status} {type}");
                        }
                    }
                }
            }
        }

        foreach (var (_, http) in callers)
        {
            http.Dispose();
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task TheDocument_DescribesTheOAuthScheme_AndTheProblemResponsesOfEachOperation()
    {
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        Assert.EndsWith("/connect/token", scheme.GetProperty("flows").GetProperty("authorizationCode").GetProperty("tokenUrl").GetString(), StringComparison.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var responses = operation.Value.GetProperty("responses");
                foreach (var status in new[] { "400", "401", "403" })
                {
                    Assert.True(responses.TryGetProperty(status, out _), $"{operation.Name} {path.Name} does not document {status}");
                }

                Assert.True(operation.Value.TryGetProperty("security", out _), $"{operation.Name} {path.Name} names no security requirement");
                if (path.Name.Contains('{', StringComparison.Ordinal))
                {
                    Assert.True(responses.TryGetProperty("404", out _), $"{operation.Name} {path.Name} does not document 404");
                }
            }
        }
    }
}
