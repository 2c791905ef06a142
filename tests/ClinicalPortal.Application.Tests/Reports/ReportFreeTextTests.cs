using ClinicalPortal.Application.Reports;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>Free text as a report prints it: bounded, blank runs collapsed, cut with a mark, never a page of nothing.</summary>
public sealed class ReportFreeTextTests
{
    [Fact]
    public void RunsOfBlankLines_CollapseToOne_AndNoneAreLeftAtEitherEnd()
    {
        Assert.Equal("First\n\nSecond", ReportText.Bounded("\n\n  \r\nFirst  \r\n\r\n\n\n   \nSecond\n\n\n"));
        Assert.Equal(string.Empty, ReportText.Bounded(new string('\n', 10_000)));
        Assert.Equal("Just this.", ReportText.Bounded("Just this."));
    }

    [Fact]
    public void TenThousandLineBreaks_AroundWords_AreTwoLines()
    {
        var text = "Before" + new string('\n', 10_000) + "After";
        Assert.Equal("Before\n\nAfter", ReportText.Bounded(text));
    }

    [Fact]
    public void ALongText_IsCutAtAWord_AndMarkedAsContinued()
    {
        var text = string.Join(" ", Enumerable.Repeat("kindness", 400)); // 3,599 characters
        var bounded = ReportText.Bounded(text);
        Assert.EndsWith(" " + ReportText.Continued, bounded, StringComparison.Ordinal);
        var kept = bounded[..^(ReportText.Continued.Length + 1)];
        Assert.True(kept.Length <= ReportText.TextLimit, $"{kept.Length} characters");
        Assert.True(kept.Length > ReportText.TextLimit * 3 / 4);
        Assert.EndsWith("kindness", kept, StringComparison.Ordinal); // a whole word

        // A text without spaces is cut at the limit.
        Assert.Equal(ReportText.TextLimit, ReportText.Bounded(new string('x', 5000))[..^(ReportText.Continued.Length + 1)].Length);
    }

    [Fact]
    public void ManyShortLines_AreCutAtTheLineLimit()
    {
        var text = string.Join("\n", Enumerable.Range(1, 100).Select(i => $"line {i}"));
        var bounded = ReportText.Bounded(text);
        Assert.Equal(ReportText.LineLimit, bounded.Split('\n').Length);
        Assert.EndsWith($"line {ReportText.LineLimit} {ReportText.Continued}", bounded, StringComparison.Ordinal);
        Assert.Equal(text[..text.IndexOf("\nline 25", StringComparison.Ordinal)], ReportText.Bounded(text, maxLines: 24)[..^(ReportText.Continued.Length + 1)]);
    }

    [Fact]
    public void AText_AtExactlyTheLimits_IsNotMarked()
    {
        var text = new string('y', ReportText.TextLimit);
        Assert.Equal(text, ReportText.Bounded(text));
        var lines = string.Join("\n", Enumerable.Repeat("z", ReportText.LineLimit));
        Assert.Equal(lines, ReportText.Bounded(lines));
    }
}
