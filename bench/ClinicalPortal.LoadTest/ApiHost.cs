using ClinicalPortal.DevTools.Hosting;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The real API, run as its own process from its build output (Release, what production runs; Debug only where the
/// Development tools are needed: a Release build leaves them out), on loopback.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private const string Project = "src/ClinicalPortal.Api/ClinicalPortal.Api.csproj";
    private readonly ServiceProcess _service;

    private ApiHost(ServiceProcess service, Uri baseAddress)
    {
        _service = service;
        BaseAddress = baseAddress;
    }

    public Process Process => _service.Process;

    /// <summary>"API", "API 2": for messages.</summary>
    public string Name => _service.Name;
    public Uri BaseAddress { get; }

    /// <summary>The last lines the API wrote (for failures).</summary>
    public string RecentOutput => _service.RecentOutput;

    public static Task BuildAsync(string repositoryRoot, CancellationToken ct, string configuration = "Release") =>
        ServiceProcess.BuildAsync(repositoryRoot, Project, ct, configuration);

    public static string ApiAssembly(string repositoryRoot, string configuration = "Release") =>
        Path.Combine(repositoryRoot, "src", "ClinicalPortal.Api", "bin", configuration, "net10.0", "ClinicalPortal.Api.dll");

    /// <summary>
    /// Starts one instance and waits until it is ready (migrated). <paramref name="settings"/> adds to or overrides the
    /// environment below (configuration keys with <c>__</c>); <paramref name="onLine"/> sees every line it writes;
    /// <paramref name="configuration"/> names the build output to run.
    /// </summary>
    public static async Task<ApiHost> StartAsync(
        string repositoryRoot, string connectionString, CancellationToken ct, string name = "API",
        IReadOnlyDictionary<string, string>? settings = null, Action<string>? onLine = null, string configuration = "Release")
    {
        var port = LocalMachine.FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Testing: ephemeral OpenIddict keys, no demo data, no dev mail catcher.
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Portal"] = connectionString,
            ["Auth__AllowPasswordGrant"] = "true",
            ["Auth__AccessTokenLifetime"] = "02:00:00",
            ["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/'),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Portal__PublicBaseUrl"] = baseAddress.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var service = ServiceProcess.Start(name, ApiAssembly(repositoryRoot, configuration), environment, onLine);
        var host = new ApiHost(service, baseAddress);
        try
        {
            // /health/ready is served only after the migrations have run.
            await service.WaitUntilReadyAsync(baseAddress, async (http, token) =>
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), token);
                return response.StatusCode == HttpStatusCode.OK;
            }, ct);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
