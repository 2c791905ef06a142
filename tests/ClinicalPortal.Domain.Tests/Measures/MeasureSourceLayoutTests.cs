using System.Text.RegularExpressions;

namespace ClinicalPortal.Domain.Tests.Measures;

/// <summary>Types live in files named after them: one top-level type per file in Domain/Measures (Definitions/ excepted).</summary>
public sealed partial class MeasureSourceLayoutTests
{
    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|abstract|static|readonly|partial|ref)\s+)*(?:record\s+struct|record\s+class|class|record|struct|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClinicalPortal.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    private static string MeasuresFolder() => Path.Combine(RepositoryRoot(), "src", "ClinicalPortal.Domain", "Measures");

    /// <summary>CLINICAL.md is not in the repository: code and clinical docs cite the primary sources instead.</summary>
    [Fact]
    public void MeasuresCodeAndClinicalDocs_CiteNoClinicalMd()
    {
        var files = Directory.GetFiles(MeasuresFolder(), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "clinical"), "*.md", SearchOption.AllDirectories))
            .ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain("CLINICAL.md", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryFileInMeasures_HoldsExactlyOneTopLevelType_NamedLikeTheFile()
    {
        var files = Directory.GetFiles(MeasuresFolder(), "*.cs", SearchOption.TopDirectoryOnly);
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var names = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            Assert.Equal([Path.GetFileNameWithoutExtension(file)], names);
        });
    }
}
