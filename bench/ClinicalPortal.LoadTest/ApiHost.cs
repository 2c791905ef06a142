using ClinicalPortal.DevTools.Hosting;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ClinicalPortal.LoadTest;

/// <summary>The real API, run as its own process from its Release build output, on loopback.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();

    private ApiHost(Process process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public Process Process { get; }
    public Uri BaseAddress { get; }

    public static async Task BuildAsync(string repositoryRoot, CancellationToken ct)
    {
        var project = Path.Combine(repositoryRoot, "src", "ClinicalPortal.Api", "ClinicalPortal.Api.csproj");
        Console.WriteLine($"Building {Path.GetRelativePath(repositoryRoot, project)} (Release) ...");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", "-c", "Release", project, "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start");
        var stdout = build.StandardOutput.ReadToEndAsync(ct);
        var stderr = build.StandardError.ReadToEndAsync(ct);
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build of the API failed (exit {build.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }
    }

    public static string ApiAssembly(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "src", "ClinicalPortal.Api", "bin", "Release", "net10.0", "ClinicalPortal.Api.dll");

    public static async Task<ApiHost> StartAsync(string repositoryRoot, string connectionString, CancellationToken ct)
    {
        var dll = ApiAssembly(repositoryRoot);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist: build the API (drop --no-build).");
        }

        var port = LocalMachine.FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
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
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the API process did not start");
        var host = new ApiHost(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await host.WaitUntilReadyAsync(ct);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The last lines the API wrote (for failures).</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {Process.ExitCode} during start-up:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"API ready on {BaseAddress} after {clock.Elapsed.TotalSeconds:0.0} s (pid {Process.Id})");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // a slow start-up answer
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"The API was not ready within 2 minutes:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(200, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Process.HasExited && OperatingSystem.IsLinux())
            {
                // SIGTERM first: the host stops gracefully and closes its database connections.
                using var term = Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await Process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    // still running: killed below
                }
            }

            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await Process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"Stopping the API process {Process.Id} failed: {ex.GetType().Name}");
        }
        finally
        {
            Process.Dispose();
        }
    }
}
