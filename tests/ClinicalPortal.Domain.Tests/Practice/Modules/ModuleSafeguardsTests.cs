using ClinicalPortal.Domain.Practice;
using static ClinicalPortal.Domain.Tests.Practice.Modules.ModuleTestData;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

public sealed class ModuleSafeguardsTests
{
    /// <summary>A practice that uses <paramref name="uses"/> with every safeguard in place.</summary>
    private static ModuleContent Guarded(params SensitiveFocus[] uses) => Content() with
    {
        Uses = uses,
        TraumaNote = "If you have lived through trauma, go gently.",
        GroundingExit = "Open your eyes and feel the soles of your feet on the floor.",
        HandsFreeAlternative = uses.Contains(SensitiveFocus.Touch) ? "Leave touch out; hold a warm cup instead." : null,
        SeeAlso = [ModuleLibrary.Backdraft],
        ClinicianCaution = "Think twice with active PTSD, dissociation, acute suicidality or recent bereavement.",
    };

    private static string? CodeOf(ModuleContent content) => content.Validate().Error?.Code;

    [Fact]
    public void AModuleWithoutAFocus_NeedsNoSafeguards_AndMayStillNameItsSourceAndACaution()
    {
        Assert.Null(CodeOf(Content()));
        var valid = (Content() with { Attribution = "  Adapted from someone.  ", ClinicianCaution = " Careful. ", TraumaNote = "   " }).Validate();
        Assert.True(valid.IsSuccess, valid.Error?.Code);
        Assert.Equal(("Adapted from someone.", "Careful.", (string?)null), (valid.Value.Attribution, valid.Value.ClinicianCaution, valid.Value.TraumaNote));
    }

    [Theory]
    [InlineData(SensitiveFocus.Touch)]
    [InlineData(SensitiveFocus.Body)]
    [InlineData(SensitiveFocus.Memories)]
    public void APracticeWithAFocus_AndEverySafeguard_Validates(SensitiveFocus focus) => Assert.Null(CodeOf(Guarded(focus)));

    [Theory]
    [InlineData(SensitiveFocus.Touch)]
    [InlineData(SensitiveFocus.Body)]
    [InlineData(SensitiveFocus.Memories)]
    public void APracticeWithAFocus_CannotOmitAnySafeguard(SensitiveFocus focus)
    {
        Assert.Equal(ModuleSafeguards.TraumaNoteRequired, CodeOf(Guarded(focus) with { TraumaNote = " " }));
        Assert.Equal(ModuleSafeguards.GroundingExitRequired, CodeOf(Guarded(focus) with { GroundingExit = null }));
        Assert.Equal(ModuleSafeguards.BackdraftLinkRequired, CodeOf(Guarded(focus) with { SeeAlso = [] }));
        Assert.Equal(ModuleSafeguards.BackdraftLinkRequired, CodeOf(Guarded(focus) with { SeeAlso = ["friend-letter"] }));
        Assert.Equal(ModuleSafeguards.ClinicianCautionRequired, CodeOf(Guarded(focus) with { ClinicianCaution = "" }));
    }

    [Fact]
    public void Touch_NeedsAHandsFreeAlternative_AndOnlyTouchHasOne()
    {
        Assert.Equal(ModuleSafeguards.HandsFreeAlternativeRequired, CodeOf(Guarded(SensitiveFocus.Touch) with { HandsFreeAlternative = null }));
        Assert.Equal(ModuleSafeguards.HandsFreeAlternativeNotForModule, CodeOf(Guarded(SensitiveFocus.Body) with { HandsFreeAlternative = "Hold a cup." }));
        Assert.Equal(ModuleSafeguards.HandsFreeAlternativeNotForModule, CodeOf(Content() with { HandsFreeAlternative = "Hold a cup." }));
    }

    [Fact]
    public void Focuses_AreKnownAndNamedOnce()
    {
        Assert.Equal(ModuleSafeguards.FocusInvalid, CodeOf(Guarded((SensitiveFocus)7)));
        Assert.Equal(ModuleSafeguards.FocusNotDistinct, CodeOf(Guarded(SensitiveFocus.Body, SensitiveFocus.Body)));
        Assert.Null(CodeOf(Guarded(SensitiveFocus.Touch, SensitiveFocus.Body, SensitiveFocus.Memories)));
    }

    [Fact]
    public void Lengths_AndLinkedKeys_AreBounded()
    {
        var atLimit = new string('n', ModuleSafeguards.MaxNoteLength);
        Assert.Null(CodeOf(Guarded(SensitiveFocus.Body) with { TraumaNote = atLimit, ClinicianCaution = atLimit }));
        Assert.Equal(ModuleSafeguards.NoteTooLong, CodeOf(Guarded(SensitiveFocus.Body) with { GroundingExit = atLimit + "n" }));
        Assert.Equal(ModuleSafeguards.NoteTooLong, CodeOf(Content() with { ClinicianCaution = atLimit + "n" }));
        Assert.Null(CodeOf(Content() with { Attribution = new string('a', ModuleSafeguards.MaxAttributionLength) }));
        Assert.Equal(ModuleSafeguards.AttributionTooLong, CodeOf(Content() with { Attribution = new string('a', ModuleSafeguards.MaxAttributionLength + 1) }));
        Assert.Equal(ModuleSafeguards.SeeAlsoInvalid, CodeOf(Content() with { SeeAlso = ["Not A Key"] }));
        Assert.Equal(ModuleSafeguards.TooManySeeAlso, CodeOf(Content() with { SeeAlso = Enumerable.Range(0, 11).Select(i => $"k{i}").ToArray() }));
    }

    [Fact]
    public void Validate_TrimsTheSafeguards_AndDropsBlankLinks()
    {
        var valid = (Guarded(SensitiveFocus.Touch) with { TraumaNote = "  Go gently.  ", SeeAlso = [" backdraft ", " "] }).Validate();
        Assert.True(valid.IsSuccess, valid.Error?.Code);
        Assert.Equal("Go gently.", valid.Value.TraumaNote);
        Assert.Equal([ModuleLibrary.Backdraft], valid.Value.SeeAlso);
    }
}
