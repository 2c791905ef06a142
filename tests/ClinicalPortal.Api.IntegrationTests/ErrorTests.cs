using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>An unexpected failure is a 500 ProblemDetails with a trace id; its text never reaches the response or the log.</summary>
public sealed class ErrorTests(PortalApp app)
{
    private const string Secret = "Ottoline Vandersloot 1957-09-23 PHQ-9 item 9 = 3";

    [Fact]
    public async Task UnhandledException_Is500ProblemDetails_WithoutItsMessage_InResponseOrLog()
    {
        var logs = new CapturingLoggerProvider();
        await using var failing = app.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingEndpoint()));
        });
        var org = await app.CreateOrgAsync();
        using var http = failing.CreateClient();
        // Deny by default covers this test route too: sign in on this host (its own signing keys).
        var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "portal-cli", ["username"] = org.ClinicianA.Email, ["password"] = PortalApp.Password,
        }), TestContext.Current.CancellationToken);
        http.DefaultRequestHeaders.Authorization = new("Bearer", (await token.ReadJsonAsync()).GetProperty("access_token").GetString());
        var response = await http.GetAsync("/test/throw", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("traceId", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Vandersloot", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);

        Assert.Contains(logs.Messages, m => m.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Vandersloot", StringComparison.Ordinal));
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            next(builder);
            builder.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Add(formatter(state, exception) + " " + exception);
        }
    }
}
