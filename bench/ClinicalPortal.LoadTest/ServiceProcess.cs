using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ClinicalPortal.LoadTest;

/// <summary>
/// A server of the benchmark (the API, the floor) run as its own process with <c>dotnet &lt;dll&gt;</c> from a Release
/// build: building, starting, waiting until it answers, keeping its last output for failures, stopping it.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, string name)
    {
        Process = process;
        Name = name;
    }

    public Process Process { get; }

    /// <summary>"API", "floor": for messages.</summary>
    public string Name { get; }

    /// <summary>The last lines the process wrote (for failures).</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary><c>dotnet build -c Release</c> (or another configuration) of one project, relative to the repository root.</summary>
    public static async Task BuildAsync(string repositoryRoot, string relativeProject, CancellationToken ct, string configuration = "Release")
    {
        var project = Path.Combine(repositoryRoot, relativeProject);
        Console.WriteLine($"Building {Path.GetRelativePath(repositoryRoot, project)} ({configuration}) ...");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", "-c", configuration, project, "-nologo", "-v", "quiet" },
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
            throw new InvalidOperationException($"dotnet build of {relativeProject} failed (exit {build.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }
    }

    /// <summary>Starts <c>dotnet dll</c>; <paramref name="onLine"/>, when given, sees every line of its output (stdout and stderr) as it arrives.</summary>
    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, Action<string>? onLine = null)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} does not exist: build the {name} (drop --no-build).");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"the {name} process did not start");
        var service = new ServiceProcess(process, name);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data, onLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Polls <paramref name="ready"/> every 200 ms until it says yes (2 minutes at most); fails early if the process exits.</summary>
    public async Task WaitUntilReadyAsync(Uri baseAddress, Func<HttpClient, CancellationToken, Task<bool>> ready, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The {Name} exited with code {Process.ExitCode} during start-up:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                if (await ready(http, ct))
                {
                    Console.WriteLine($"{Name} ready on {baseAddress} after {clock.Elapsed.TotalSeconds:0.0} s (pid {Process.Id})");
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
                throw new TimeoutException($"The {Name} was not ready within 2 minutes:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(200, ct);
        }
    }

    private void Keep(string? line, Action<string>? onLine)
    {
        if (line is null)
        {
            return;
        }

        onLine?.Invoke(line);
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
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
            Console.Error.WriteLine($"Stopping the {Name} process {Process.Id} failed: {ex.GetType().Name}");
        }
        finally
        {
            Process.Dispose();
        }
    }
}
