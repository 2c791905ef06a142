using System.Text.RegularExpressions;

namespace ClinicalPortal.ArchitectureTests;

/// <summary>Rules about the source itself that the compiler does not check.</summary>
public sealed partial class SourceRules
{
    private static readonly string Src = Path.Combine(FindRoot(), "src");

    private static IEnumerable<(string Path, string[] Lines)> SourceFiles() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllLines(p)));

    /// <summary>"file:line" of every source line the pattern matches.</summary>
    private static List<string> LinesMatching(Regex pattern) => SourceFiles()
        .SelectMany(f => f.Lines.Select((line, i) => (f.Path, Line: i + 1, Text: line)))
        .Where(l => pattern.IsMatch(l.Text))
        .Select(l => $"{Path.GetRelativePath(Src, l.Path)}:{l.Line}")
        .ToList();

    [Fact]
    public void TimeComesFromTimeProvider_NeverTheSystemClock()
    {
        var offenders = LinesMatching(SystemClock());
        Assert.True(offenders.Count == 0, "Use an injected TimeProvider: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Logging_NeverInterpolatesValues()
    {
        // Structured templates only: an interpolated message could carry health data into the logs.
        var offenders = LinesMatching(InterpolatedLog());
        Assert.True(offenders.Count == 0, "Interpolated log message: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NoInMemoryOrSqliteDatabase_Anywhere()
    {
        var root = FindRoot();
        var projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat([File.ReadAllText(Path.Combine(root, "Directory.Packages.props"))]);
        Assert.DoesNotContain(projects, p => p.Contains("EntityFrameworkCore.InMemory", StringComparison.Ordinal)
                                             || p.Contains("EntityFrameworkCore.Sqlite", StringComparison.Ordinal));
    }

    private static string FindRoot() =>
        ClinicalPortal.DevTools.Hosting.LocalMachine.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Repository root not found.");

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b")]
    private static partial Regex SystemClock();

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\(\s*\$""")]
    private static partial Regex InterpolatedLog();
}
