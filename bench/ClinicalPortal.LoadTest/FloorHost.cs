using ClinicalPortal.DevTools.Hosting;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// The floor (bench/ClinicalPortal.Floor), run as its own process from its Release build output, on loopback.
/// It needs the running API (it reads the API's signing keys once at start) and the same database.
/// </summary>
internal sealed class FloorHost : IAsyncDisposable
{
    private const string Project = "bench/ClinicalPortal.Floor/ClinicalPortal.Floor.csproj";
    private readonly ServiceProcess _service;

    private FloorHost(ServiceProcess service, Uri baseAddress)
    {
        _service = service;
        BaseAddress = baseAddress;
    }

    public Process Process => _service.Process;
    public Uri BaseAddress { get; }

    /// <summary>The last lines the floor wrote (for failures).</summary>
    public string RecentOutput => _service.RecentOutput;

    public static Task BuildAsync(string repositoryRoot, CancellationToken ct) => ServiceProcess.BuildAsync(repositoryRoot, Project, ct);

    public static string FloorAssembly(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "bench", "ClinicalPortal.Floor", "bin", "Release", "net10.0", "ClinicalPortal.Floor.dll");

    public static async Task<FloorHost> StartAsync(string repositoryRoot, Uri api, string connectionString, CancellationToken ct)
    {
        var port = LocalMachine.FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var service = ServiceProcess.Start("floor", FloorAssembly(repositoryRoot), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Portal"] = connectionString,
            ["Floor__Api"] = api.ToString(),
            ["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/'),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        var host = new FloorHost(service, baseAddress);
        try
        {
            // The floor serves its one endpoint only, and listens only once it holds the keys: a POST without a
            // token answered 401 means it is ready.
            await service.WaitUntilReadyAsync(baseAddress, async (http, token) =>
            {
                using var content = new StringContent("{}");
                using var response = await http.PostAsync(new Uri($"api/v1/clients/{Guid.Empty}/assessments", UriKind.Relative), content, token);
                return response.StatusCode == HttpStatusCode.Unauthorized;
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
