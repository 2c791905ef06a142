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

    [Fact]
    public void Types_LiveInFilesNamedAfterThem()
    {
        // One top-level type per file, named like it. A use case in Application is one slice: its request, with the
        // validator and handler named after it (CreateClient, CreateClientValidator, CreateClientHandler).
        var offenders = new List<string>();
        foreach (var (path, lines) in SourceFiles())
        {
            var file = Path.GetFileNameWithoutExtension(path);
            if (file == "Program")
            {
                continue;
            }

            var expected = file.EndsWith(".cshtml", StringComparison.Ordinal) ? file[..^".cshtml".Length] + "Model" : file;
            var names = TopLevelType().Matches(string.Join('\n', lines)).Select(m => m.Groups["name"].Value).ToList();
            var slice = path.Contains($"{Path.DirectorySeparatorChar}ClinicalPortal.Application{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}Common{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            var ok = slice
                ? names.Contains(expected) && names.All(n => n.StartsWith(expected, StringComparison.Ordinal))
                : names.SequenceEqual([expected]);
            if (!ok)
            {
                offenders.Add($"{Path.GetRelativePath(Src, path)}: {string.Join(", ", names)}");
            }
        }

        Assert.True(offenders.Count == 0, "Types not in a file of their own name: " + string.Join("; ", offenders));
    }

    [Fact]
    public void TheDomain_NamesRulesNotRequestFields()
    {
        // Domain errors carry rule codes (Error.Rule/Conflict) and positions; the application maps them to fields.
        var offenders = LinesMatching(ValidationError()).Where(l => l.StartsWith("ClinicalPortal.Domain", StringComparison.Ordinal)
                                                                    && !l.StartsWith("ClinicalPortal.Domain/Common/Error.cs", StringComparison.Ordinal)).ToList();
        Assert.True(offenders.Count == 0, "The domain names a request field: " + string.Join(", ", offenders));
    }

    [Fact]
    public void RoleRefusals_AreTheAuthorizationBehavioursAlone()
    {
        // Each request names its roles (IAuthorized); no handler refuses a role by hand.
        var offenders = LinesMatching(Forbidden()).Where(l => l.StartsWith("ClinicalPortal.Application", StringComparison.Ordinal)
                                                             && !l.StartsWith("ClinicalPortal.Application/Common/Authorization/", StringComparison.Ordinal)).ToList();
        Assert.True(offenders.Count == 0, "A role check outside the authorization behaviour: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NothingCitesCLINICALmd_WhichIsNotInTheRepository()
    {
        var root = FindRoot();
        var files = SourceFiles().Select(f => f.Path)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Append(Path.Combine(root, "README.md"));
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("CLINICAL.md", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DevelopmentTooling_IsNotInTheProductionAssemblies()
    {
        var root = FindRoot();
        var infrastructure = File.ReadAllText(Path.Combine(root, "src", "ClinicalPortal.Infrastructure", "ClinicalPortal.Infrastructure.csproj"));
        Assert.DoesNotContain("SmtpServer", infrastructure, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ClinicalPortal.Infrastructure.DependencyInjection).Assembly.GetTypes(),
            t => t.Namespace is { } ns && (ns.Contains("LocalPostgres", StringComparison.Ordinal) || ns.Contains("Seeding", StringComparison.Ordinal))
                 || t.Name is "MailCatcher" or "PeopleSeeder" or "DemoData" or "PrivatePostgresCluster");

        // The API references the tools only outside Release builds (what infra/Dockerfile publishes).
        var api = System.Xml.Linq.XDocument.Load(Path.Combine(root, "src", "ClinicalPortal.Api", "ClinicalPortal.Api.csproj"));
        var reference = Assert.Single(api.Descendants("ProjectReference"),
            r => r.Attribute("Include")!.Value.Contains("ClinicalPortal.DevTools", StringComparison.Ordinal));
        Assert.Equal("'$(Configuration)' != 'Release'", reference.Parent!.Attribute("Condition")?.Value);
        Assert.Contains("-c Release", File.ReadAllText(Path.Combine(root, "infra", "Dockerfile")), StringComparison.Ordinal);
    }

    private static string FindRoot() =>
        ClinicalPortal.DevTools.Hosting.LocalMachine.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Repository root not found.");

    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|abstract|static|readonly|partial|ref)\s+)*(?:record\s+struct|record\s+class|class|record|struct|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"Error\.Validation\(")]
    private static partial Regex ValidationError();

    [GeneratedRegex(@"Error\.Forbidden\(")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b")]
    private static partial Regex SystemClock();

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\(\s*\$""")]
    private static partial Regex InterpolatedLog();
}
