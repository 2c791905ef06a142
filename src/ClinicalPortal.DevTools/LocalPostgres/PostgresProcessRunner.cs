using System.Diagnostics;
using System.Text;

namespace ClinicalPortal.DevTools.LocalPostgres;

/// <summary>Runs PostgreSQL's command-line tools, as the <c>postgres</c> OS user when we are root.</summary>
internal sealed class PostgresProcessRunner
{
    internal const string PostgresOsUser = "postgres";

    private readonly string _binDirectory;

    public PostgresProcessRunner(string binDirectory, bool runAsPostgresUser)
    {
        _binDirectory = binDirectory;
        RunAsPostgresUser = runAsPostgresUser;
    }

    /// <summary>True when we are root: initdb/pg_ctl refuse root, so they run through <c>runuser -u postgres</c>.</summary>
    public bool RunAsPostgresUser { get; }

    public string Tool(string name) =>
        Path.Combine(_binDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);

    /// <summary>Runs a PostgreSQL tool from the bin folder (as the postgres user when root).</summary>
    public Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        if (!RunAsPostgresUser)
        {
            return RunAsync(Tool(tool), arguments, timeout, ct);
        }

        var wrapped = new List<string>(arguments.Count + 4) { "-u", PostgresOsUser, "--", Tool(tool) };
        wrapped.AddRange(arguments);
        return RunAsync(RunUserPath(), wrapped, timeout, ct);
    }

    /// <summary>Runs any program as the postgres OS user (root only), e.g. <c>test -x DIR</c>.</summary>
    public Task<ProcessResult> RunAsPostgresAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var wrapped = new List<string>(arguments.Count + 4) { "-u", PostgresOsUser, "--", program };
        wrapped.AddRange(arguments);
        return RunAsync(RunUserPath(), wrapped, timeout, ct);
    }

    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
            // the postgres user cannot chdir into e.g. /root; tools warn or fail there
            WorkingDirectory = OperatingSystem.IsWindows() ? Path.GetTempPath() : "/",
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        // Variables that would silently redirect the tools somewhere else.
        foreach (var name in new[] { "PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGOPTIONS" })
        {
            psi.Environment.Remove(name);
        }

        using var process = new Process { StartInfo = psi };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{Describe(fileName, arguments)}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    public static string Describe(string fileName, IReadOnlyList<string> arguments)
    {
        var sb = new StringBuilder(Path.GetFileName(fileName));
        foreach (var a in arguments)
        {
            sb.Append(' ').Append(a.StartsWith("--pwfile", StringComparison.Ordinal) ? "--pwfile=***" : a);
        }

        return sb.ToString();
    }

    private static string RunUserPath()
    {
        foreach (var candidate in new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "runuser";
    }
}
