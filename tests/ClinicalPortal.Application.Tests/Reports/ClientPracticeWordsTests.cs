using ClinicalPortal.Application.Practice;
using ClinicalPortal.Application.Reports;

namespace ClinicalPortal.Application.Tests.Reports;

/// <summary>What the client's report says helped most: only a drop it can stand behind, in whole points.</summary>
public sealed class ClientPracticeWordsTests
{
    private static ModuleAdherenceResponse Module(string title, decimal? mean, int completions) =>
        new(Guid.NewGuid(), title, new CompletionResponse(completions, 0, 0, completions, 1m), new DistressChangeResponse(mean, completions));

    [Fact]
    public void TheLargestDrop_HelpedMost_InWholePoints()
    {
        Assert.Equal("Letter helped most: on average your distress went down by about 3 points after it.",
            ReportText.ClientHelpedMost([Module("Breathing", 1.4m, 10), Module("Letter", 2.6m, 4)]));
        Assert.Equal("Letter helped most: on average your distress went down by about 1 point after it.",
            ReportText.ClientHelpedMost([Module("Letter", 0.5m, 3)]));
    }

    [Fact]
    public void TwoThatRoundToTheSameDrop_AreNamedTogether_TheMorePractisedFirst()
    {
        Assert.Equal("Boundaries and Letter helped most: on average your distress went down by about 2 points after each.",
            ReportText.ClientHelpedMost([Module("Letter", 2.2m, 3), Module("Boundaries", 2.2m, 13)]));
    }

    [Fact]
    public void TooFewCompletions_OrNoRealDrop_SayNothing()
    {
        Assert.Null(ReportText.ClientHelpedMost([Module("Letter", 4m, 2), Module("Breathing", 0.4m, 20), Module("Touch", null, 0), Module("Walk", -1m, 9)]));
        Assert.Equal("none on average", ReportText.ClientDistressChange(-1m));
        Assert.Equal("about 2 points", ReportText.ClientDistressChange(2.4m));
        Assert.Equal("-", ReportText.ClientDistressChange(null));
    }
}
