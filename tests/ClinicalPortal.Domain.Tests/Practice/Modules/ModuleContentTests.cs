using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;
using static ClinicalPortal.Domain.Tests.Practice.Modules.ModuleTestData;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

public sealed class ModuleContentTests
{
    private static string? CodeOf(ModuleContent content) => content.Validate().Error?.Code;

    private static string? CodeOf(ModuleStep step) => Content([step]).Validate().Error?.Code;

    [Fact]
    public void Validate_AcceptsEveryStepKind_AndTrimsTexts()
    {
        var content = Content([ReadStep(), ReflectStep(), RateStep(), ChecklistStep(), PracticeStep()]) with
        {
            Title = "  Padded title  ",
            Summary = " Summary ",
            Instructions = "\n Instructions \n",
            Sources = ["  A source  ", "   ", ""],
        };
        var valid = content.Validate();
        Assert.True(valid.IsSuccess, valid.Error?.Code);
        Assert.Equal("Padded title", valid.Value.Title);
        Assert.Equal("Summary", valid.Value.Summary);
        Assert.Equal("Instructions", valid.Value.Instructions);
        Assert.Equal(["A source"], valid.Value.Sources);
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], valid.Value.Steps.Select(s => s.Id));
    }

    [Fact]
    public void Validate_TrimsStepTexts_AndTreatsBlankOptionalTextsAsAbsent()
    {
        var step = ModuleStep.Rate(" r1 ", "  Title ", "  Prompt?  ", " low ", " high ", "  body  ");
        var valid = Content([step]).Validate().Value.Steps[0];
        Assert.Equal(("r1", "Title", "Prompt?", "low", "high", "body"), (valid.Id, valid.Title, valid.Prompt, valid.LowLabel, valid.HighLabel, valid.Body));

        var read = Content([ReadStep() with { Prompt = "   " }]).Validate();
        Assert.True(read.IsSuccess);
        Assert.Null(read.Value.Steps[0].Prompt);
    }

    [Theory]
    [InlineData("", ModuleContent.TitleRequired)]
    [InlineData("   ", ModuleContent.TitleRequired)]
    public void Validate_RefusesAnEmptyTitle(string title, string code) =>
        Assert.Equal(code, CodeOf(Content(title: title)));

    [Fact]
    public void Validate_AcceptsA120CharacterTitle_AndRefuses121()
    {
        Assert.Null(CodeOf(Content(title: new string('a', 120))));
        Assert.Equal(ModuleContent.TitleTooLong, CodeOf(Content(title: new string('a', 121))));
        Assert.Null(CodeOf(Content(title: "  " + new string('a', 120) + "  "))); // length counts after trimming
    }

    [Fact]
    public void Validate_RefusesSummaryAndInstructionsOutsideTheirLimits()
    {
        Assert.Equal(ModuleContent.SummaryRequired, CodeOf(Content() with { Summary = " " }));
        Assert.Null(CodeOf(Content() with { Summary = new string('a', 500) }));
        Assert.Equal(ModuleContent.SummaryTooLong, CodeOf(Content() with { Summary = new string('a', 501) }));
        Assert.Null(CodeOf(Content() with { Instructions = "" }));
        Assert.Null(CodeOf(Content() with { Instructions = new string('a', 20_000) }));
        Assert.Equal(ModuleContent.InstructionsTooLong, CodeOf(Content() with { Instructions = new string('a', 20_001) }));
    }

    [Fact]
    public void Validate_NeedsDistinctComponentsAndTracks()
    {
        Assert.Equal(ModuleContent.ComponentsRequired, CodeOf(Content() with { Components = [] }));
        Assert.Equal(ModuleContent.ComponentsNotDistinct,
            CodeOf(Content() with { Components = [CompassionComponent.Mindfulness, CompassionComponent.Mindfulness] }));
        Assert.Equal(ModuleContent.ComponentInvalid, CodeOf(Content() with { Components = [(CompassionComponent)7] }));
        Assert.Equal(ModuleContent.TracksRequired, CodeOf(Content() with { Tracks = [] }));
        Assert.Equal(ModuleContent.TracksNotDistinct, CodeOf(Content() with { Tracks = [CareTrack.Burnout, CareTrack.Burnout] }));
        Assert.Equal(ModuleContent.TrackInvalid, CodeOf(Content() with { Tracks = [(CareTrack)9] }));
    }

    [Theory]
    [InlineData(0, ModuleContent.EstimatedMinutesOutOfRange)]
    [InlineData(1, null)]
    [InlineData(120, null)]
    [InlineData(121, ModuleContent.EstimatedMinutesOutOfRange)]
    public void Validate_EstimatedMinutesAreOneTo120(int minutes, string? code) =>
        Assert.Equal(code, CodeOf(Content() with { EstimatedMinutes = minutes }));

    [Fact]
    public void Validate_RefusesZeroSteps_AndMoreThan30()
    {
        Assert.Equal(ModuleContent.StepsRequired, CodeOf(Content([])));
        Assert.Null(CodeOf(Content(Enumerable.Range(1, 30).Select(i => ReadStep($"s{i}")).ToArray())));
        Assert.Equal(ModuleContent.TooManySteps, CodeOf(Content(Enumerable.Range(1, 31).Select(i => ReadStep($"s{i}")).ToArray())));
    }

    [Fact]
    public void Validate_RefusesDuplicateStepIds_AtTheSecondOnesPosition()
    {
        var error = Content([ReadStep("s1"), ReflectStep("s2"), RateStep("s1")]).Validate().Error!;
        Assert.Equal(ModuleContent.StepIdsNotUnique, error.Code);
        var violation = Assert.Single(error.Violations);
        Assert.Equal(3, violation.Position);
        Assert.Equal(ModuleContent.StepIdsNotUnique, violation.Code);
        Assert.Empty(error.Fields); // the domain names its rule, not a request field
    }

    [Fact]
    public void Validate_DuplicateIds_AreComparedAfterTrimming() =>
        Assert.Equal(ModuleContent.StepIdsNotUnique, CodeOf(Content([ReadStep("s1"), ReflectStep(" s1 ")])));

    [Theory]
    [InlineData("")]
    [InlineData("S1")]
    [InlineData("step one")]
    [InlineData("step_1")]
    [InlineData("é")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
    public void Validate_RefusesAStepIdOfTheWrongShape(string id)
    {
        var error = Content([ReadStep(), ReflectStep(id)]).Validate().Error!;
        Assert.Equal(ModuleStep.IdInvalid, error.Code);
        Assert.Equal(2, Assert.Single(error.Violations).Position);
    }

    [Theory]
    [InlineData("s1")]
    [InlineData("letter")]
    [InlineData("step-2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")] // 32 characters
    public void IsValidId_AcceptsShortLowerCaseKeys(string id) => Assert.True(ModuleStep.IsValidId(id));

    [Fact]
    public void IsValidId_RefusesATrailingNewline() => Assert.False(ModuleStep.IsValidId("s1\n"));

    [Fact]
    public void Validate_RefusesAChecklistWithoutItems() =>
        Assert.Equal(ModuleStep.ChecklistEmpty, CodeOf(ModuleStep.Checklist("c1", "Checklist", [])));

    [Fact]
    public void Validate_RefusesBadOrRepeatedChecklistItems()
    {
        Assert.Equal(ModuleStep.ChecklistItemInvalid,
            CodeOf(ModuleStep.Checklist("c1", "Checklist", [new ChecklistItem("a", "  ")])));
        Assert.Equal(ModuleStep.ChecklistItemInvalid,
            CodeOf(ModuleStep.Checklist("c1", "Checklist", [new ChecklistItem("Not an id", "Text")])));
        Assert.Equal(ModuleStep.ChecklistItemInvalid,
            CodeOf(ModuleStep.Checklist("c1", "Checklist", [new ChecklistItem("a", new string('x', 301))])));
        Assert.Equal(ModuleStep.ChecklistItemIdsNotUnique,
            CodeOf(ModuleStep.Checklist("c1", "Checklist", [new ChecklistItem("a", "One"), new ChecklistItem("a", "Two")])));
        Assert.Equal(ModuleStep.ChecklistTooLong,
            CodeOf(ModuleStep.Checklist("c1", "Checklist", Enumerable.Range(1, 31).Select(i => new ChecklistItem($"i{i}", "Text")).ToArray())));
    }

    [Theory]
    [InlineData(0, ModuleStep.PracticeMinutesOutOfRange)]
    [InlineData(1, null)]
    [InlineData(60, null)]
    [InlineData(61, ModuleStep.PracticeMinutesOutOfRange)]
    [InlineData(-5, ModuleStep.PracticeMinutesOutOfRange)]
    public void Validate_PracticeMinutesAreOneTo60(int minutes, string? code) =>
        Assert.Equal(code, CodeOf(PracticeStep(minutes: minutes)));

    [Fact]
    public void Validate_RefusesAPracticeWithoutMinutes() =>
        Assert.Equal(ModuleStep.PracticeMinutesOutOfRange, CodeOf(PracticeStep() with { Minutes = null }));

    [Fact]
    public void Validate_RefusesRateOrReflectWithoutAPrompt()
    {
        Assert.Equal(ModuleStep.PromptRequired, CodeOf(RateStep() with { Prompt = null }));
        Assert.Equal(ModuleStep.PromptRequired, CodeOf(RateStep() with { Prompt = "  " }));
        Assert.Equal(ModuleStep.PromptRequired, CodeOf(ReflectStep() with { Prompt = "" }));
    }

    [Fact]
    public void Validate_PromptIsAtMost500Characters()
    {
        Assert.Null(CodeOf(ReflectStep() with { Prompt = new string('p', 500) }));
        Assert.Equal(ModuleStep.PromptTooLong, CodeOf(ReflectStep() with { Prompt = new string('p', 501) }));
    }

    [Fact]
    public void Validate_RateNeedsBothAnchorLabels_OfAtMost60Characters()
    {
        Assert.Equal(ModuleStep.RateLabelsRequired, CodeOf(RateStep() with { LowLabel = null }));
        Assert.Equal(ModuleStep.RateLabelsRequired, CodeOf(RateStep() with { HighLabel = " " }));
        Assert.Equal(ModuleStep.RateLabelTooLong, CodeOf(RateStep() with { HighLabel = new string('h', 61) }));
    }

    [Fact]
    public void Validate_RefusesFieldsOfAnotherKind()
    {
        Assert.Equal(ModuleStep.FieldNotForKind, CodeOf(ReadStep() with { Prompt = "A question?" }));
        Assert.Equal(ModuleStep.FieldNotForKind, CodeOf(ReflectStep() with { LowLabel = "Low" }));
        Assert.Equal(ModuleStep.FieldNotForKind, CodeOf(RateStep() with { Minutes = 5 }));
        Assert.Equal(ModuleStep.FieldNotForKind, CodeOf(PracticeStep() with { Items = [new ChecklistItem("a", "A")] }));
    }

    [Fact]
    public void Validate_StepTitleAndBodyHaveLimits()
    {
        Assert.Equal(ModuleStep.TitleRequired, CodeOf(ReadStep() with { Title = " " }));
        Assert.Null(CodeOf(ReadStep() with { Title = new string('t', 120) }));
        Assert.Equal(ModuleStep.TitleTooLong, CodeOf(ReadStep() with { Title = new string('t', 121) }));
        Assert.Null(CodeOf(ReadStep() with { Body = "" }));
        Assert.Null(CodeOf(ReadStep() with { Body = new string('b', 20_000) }));
        Assert.Equal(ModuleStep.BodyTooLong, CodeOf(ReadStep() with { Body = new string('b', 20_001) }));
    }

    [Fact]
    public void Validate_RefusesAnUndefinedStepKind() =>
        Assert.Equal(ModuleStep.KindInvalid, CodeOf(ReadStep() with { Kind = (ModuleStepKind)42 }));

    [Fact]
    public void Validate_RefusesMoreThan20Sources_OrOneLongerThan500()
    {
        Assert.Equal(ModuleContent.TooManySources, CodeOf(Content() with { Sources = Enumerable.Repeat("s", 21).ToArray() }));
        Assert.Equal(ModuleContent.SourceTooLong, CodeOf(Content() with { Sources = [new string('s', 501)] }));
    }

    [Fact]
    public void Create_IsTheSameCheckAsValidate()
    {
        var created = ModuleContent.Create(" Title ", "Summary", [CompassionComponent.Mindfulness], [CareTrack.ChronicIllness], 5,
            null, [ReflectStep()], null);
        Assert.True(created.IsSuccess);
        Assert.Equal("Title", created.Value.Title);
        Assert.Equal("", created.Value.Instructions);
        Assert.Empty(created.Value.Sources);

        Assert.Equal(ModuleContent.StepsRequired,
            ModuleContent.Create("Title", "Summary", [CompassionComponent.Mindfulness], [CareTrack.General], 5, null, null, null).Error!.Code);
    }
}
