using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

public sealed class ModuleLibraryTests
{
    public static TheoryData<string> Keys() => new(ModuleLibrary.All.Select(m => m.Key!));

    private static ModuleContent ContentOf(string key) => ModuleLibrary.Find(key)!.Current.Content;

    [Fact]
    public void All_ShipsTheEightModules_InLibraryOrder() =>
        Assert.Equal(
            ["friend-letter", "common-humanity", "mistake-as-growth", "daily-journal", "self-compassion-break", "loving-kindness",
             "body-and-illness", "burnout-boundaries"],
            ModuleLibrary.All.Select(m => m.Key));

    [Fact]
    public void Keys_AreUniqueSlugs()
    {
        Assert.Equal(ModuleLibrary.All.Count, ModuleLibrary.All.Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ModuleLibrary.All, m => Assert.True(Module.IsValidKey(m.Key)));
        Assert.Equal(ModuleLibrary.All.Count, ModuleLibrary.All.Select(m => m.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_Validates_AndIsStoredAsValidated(string key)
    {
        var module = ModuleLibrary.Find(key)!;
        var content = module.Current.Content;
        var again = content.Validate();
        Assert.True(again.IsSuccess, again.Error?.Code);
        // Validation is idempotent: what the library keeps is already trimmed.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(content), System.Text.Json.JsonSerializer.Serialize(again.Value));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_IsABuiltinVersionOne_WithIdsFromItsKey(string key)
    {
        var module = ModuleLibrary.Find(key)!;
        Assert.True(module.IsBuiltin);
        Assert.Null(module.OrganizationId);
        Assert.Null(module.CreatedBy);
        Assert.Equal(1, module.CurrentVersion);
        Assert.Equal(ModuleLibrary.CreatedAt, module.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), module.Current.CreatedAt);
        Assert.Equal(Module.BuiltinId(key), module.Id);
        Assert.Equal(Module.BuiltinVersionId(key, 1), module.Current.Id);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_HasThreeToSevenSteps_WithUniqueIds(string key)
    {
        var steps = ContentOf(key).Steps;
        Assert.InRange(steps.Count, 3, 7);
        Assert.Equal(steps.Count, steps.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_AsksForAnAnswer_AndRequiresOneOrTwoSteps(string key)
    {
        var steps = ContentOf(key).Steps;
        Assert.Contains(steps, s => s.Kind is ModuleStepKind.Reflect or ModuleStepKind.Rate);
        Assert.InRange(steps.Count(s => s.Required), 1, 2);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_IsWrittenOut_AndCitesItsSources(string key)
    {
        var content = ContentOf(key);
        Assert.NotEmpty(content.Instructions);
        Assert.Contains("crisis lines", content.Instructions, StringComparison.Ordinal);
        Assert.InRange(content.Sources.Count, 2, ModuleContent.MaxSources);
        Assert.All(content.Sources, s => Assert.Matches(@"(19|20)\d\d", s));
        Assert.All(content.Steps.Where(s => s.Kind is ModuleStepKind.Read or ModuleStepKind.Practice),
            s => Assert.True(s.Body.Length >= 200, $"{key}/{s.Id} needs a real text"));
        // The timed practices fit in the module's estimate.
        Assert.True(content.Steps.Sum(s => s.Minutes ?? 0) <= content.EstimatedMinutes);
    }

    [Theory]
    [InlineData("friend-letter", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("common-humanity", new[] { CompassionComponent.CommonHumanity }, new[] { CareTrack.General })]
    [InlineData("mistake-as-growth", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("daily-journal", new[] { CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness }, new[] { CareTrack.General })]
    [InlineData("self-compassion-break", new[] { CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness }, new[] { CareTrack.General })]
    [InlineData("loving-kindness", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("body-and-illness", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.ChronicIllness })]
    [InlineData("burnout-boundaries", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.Burnout })]
    public void RequiredModule_ExistsWithItsComponentsAndTracks(string key, CompassionComponent[] components, CareTrack[] tracks)
    {
        var content = ContentOf(key);
        Assert.All(components, c => Assert.Contains(c, content.Components));
        Assert.All(tracks, t => Assert.Contains(t, content.Tracks));
    }

    [Fact]
    public void TrackModules_AreOnlyForTheirTrack()
    {
        Assert.Equal([CareTrack.ChronicIllness], ContentOf(ModuleLibrary.BodyAndIllness).Tracks);
        Assert.Equal([CareTrack.Burnout], ContentOf(ModuleLibrary.BurnoutBoundaries).Tracks);
    }

    [Fact]
    public void TheLibrary_CoversEveryComponentAndEveryTrack()
    {
        var contents = ModuleLibrary.All.Select(m => m.Current.Content).ToList();
        Assert.All(Enum.GetValues<CompassionComponent>(), c => Assert.Contains(contents, m => m.Components.Contains(c)));
        Assert.All(Enum.GetValues<CareTrack>(), t => Assert.Contains(contents, m => m.Tracks.Contains(t)));
    }

    [Fact]
    public void TheLibrary_UsesEveryStepKind() =>
        Assert.All(Enum.GetValues<ModuleStepKind>(),
            k => Assert.Contains(ModuleLibrary.All, m => m.Current.Content.Steps.Any(s => s.Kind == k)));

    [Fact]
    public void SelfCompassionBreak_CarriesItsFullScriptAsATimedPractice()
    {
        var practice = Assert.Single(ContentOf(ModuleLibrary.SelfCompassionBreak).Steps, s => s.Kind == ModuleStepKind.Practice);
        Assert.True(practice.Required);
        Assert.Equal(5, practice.Minutes);
        foreach (var part in new[] { "Notice that this is hard", "not the only one", "kindness" })
        {
            Assert.Contains(part, practice.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Find_IgnoresCaseAndSpaces_AndReturnsNullForUnknownKeys()
    {
        Assert.Same(ModuleLibrary.All[0], ModuleLibrary.Find(" Friend-Letter "));
        Assert.Null(ModuleLibrary.Find("not-a-module"));
        Assert.Null(ModuleLibrary.Find(""));
        Assert.Null(ModuleLibrary.Find(null));
        Assert.True(ModuleLibrary.TryGet("loving-kindness", out var found));
        Assert.Equal("loving-kindness", found.Key);
        Assert.False(ModuleLibrary.TryGet("unknown", out _));
    }

    [Fact]
    public void Create_ReturnsFreshInstances_WithTheSameIds()
    {
        var copy = ModuleLibrary.Create();
        Assert.Equal(ModuleLibrary.All.Select(m => m.Id), copy.Select(m => m.Id));
        Assert.Equal(ModuleLibrary.All.Select(m => m.Current.Id), copy.Select(m => m.Current.Id));
        Assert.All(copy.Zip(ModuleLibrary.All), pair => Assert.NotSame(pair.Second, pair.First));
    }
}
