using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using ClinicalPortal.DevTools.Hosting;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>
/// The real API as an operating-system process of its own: <c>dotnet ClinicalPortal.Api.dll</c> from the API's build
/// output (built in the tests' configuration, through the project reference), listening on a loopback port, with what
/// it writes to stdout and stderr kept for the test to read. Disposing kills it; so does the end of the test process.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    static PortalProcess()
    {
        // A test run that ends (or is stopped) while a process still runs takes it along: none outlives the run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                Kill(process);
            }
        };
    }

    private PortalProcess(string name, Uri baseAddress, ProcessStartInfo start)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Every line written so far (stdout and stderr, in arrival order).</summary>
    public IReadOnlyList<string> Output => _output.ToArray();

    /// <summary>The last lines written, for assertion messages.</summary>
    public string Tail(int lines = 40)
    {
        var all = Output;
        return $"--- last {Math.Min(lines, all.Count)} of {all.Count} lines of {Name} (pid {_process.Id}"
               + (_process.HasExited ? $", exited with {_process.ExitCode}" : "") + ") ---\n"
               + string.Join('\n', all.Skip(Math.Max(0, all.Count - lines)));
    }

    /// <summary>The folder holding ClinicalPortal.sln, above the tests' build output.</summary>
    public static string RepositoryRoot() =>
        LocalMachine.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No ClinicalPortal.sln at or above {AppContext.BaseDirectory}.");

    /// <summary>
    /// The API assembly built in the configuration and for the framework of these tests: their output is
    /// <c>.../bin/&lt;Configuration&gt;/&lt;framework&gt;/</c>, and the project reference builds the API into the same
    /// pair of folders under its own project.
    /// </summary>
    public static string ApiAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string configuration, framework;
        if (output.Parent?.Parent is { Name: "bin" })
        {
            framework = output.Name;
            configuration = output.Parent.Name;
        }
        else
        {
            // Not the default layout (an output path of its own): fall back on what the compiler recorded.
            framework = "net" + Environment.Version.ToString(2);
            configuration = typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
                            ?? throw new InvalidOperationException($"Cannot tell the build configuration from {output.FullName}.");
        }

        var path = Path.Combine(RepositoryRoot(), "src", "ClinicalPortal.Api", "bin", configuration, framework, "ClinicalPortal.Api.dll");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The API is not built at {path} (the tests run from {output.FullName}).");
        }

        return path;
    }

    /// <summary>
    /// Starts the API on a free loopback port with <paramref name="environment"/> on top of this process's own, and
    /// waits until <c>/health/ready</c> answers 200 (the migrations have run) or <paramref name="timeout"/> passes.
    /// A port taken by someone else between choosing and binding it is chosen again.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(
        string name, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var process = Launch(name, environment);
            try
            {
                await process.WaitUntilReadyAsync(timeout, ct);
                return process;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                await process.DisposeAsync();
            }
            catch
            {
                await process.DisposeAsync();
                throw;
            }
        }
    }

    private static PortalProcess Launch(string name, IReadOnlyDictionary<string, string> environment)
    {
        var assembly = ApiAssembly();
        var port = LocalMachine.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { assembly },
            // The content root is the working directory: the API's appsettings.json is next to its assembly.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var process = new PortalProcess(name, baseAddress, start);
        process.Start();
        return process;
    }

    private void Start()
    {
        _process.Start();
        Running[_process.Id] = _process;
        _process.StandardInput.Close(); // nothing waits for input
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The <c>dotnet</c> that runs these tests (the CLI names itself to its children), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromCli) && File.Exists(fromCli))
        {
            return fromCli;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (true)
        {
            if (_process.HasExited)
            {
                // Let the output of the last moments arrive before reading it.
                await _process.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (Output.Any(l => l.Contains("address already in use", StringComparison.OrdinalIgnoreCase)))
                {
                    throw new PortTakenException();
                }

                throw new InvalidOperationException($"{Name} exited before it was ready.\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.GetType().Name;
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                last = "no answer within 5 s";
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds} s (last: {last}).\n{Tail()}");
            }

            await Task.Delay(100, ct);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It ended on its own meanwhile.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        try
        {
            // Bounded: a process that does not go away must not hold up the test run.
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            // Left to the operating system; the assertion that failed (if any) has already been made.
        }

        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
    }

    private sealed class PortTakenException : Exception;
}
