using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

public sealed class ModuleLibraryTests
{
    public static TheoryData<string> Keys() => new(ModuleLibrary.All.Select(m => m.Key!));

    private static ModuleContent ContentOf(string key) => ModuleLibrary.Find(key)!.Current.Content;

    /// <summary>The first eight modules, revised to version 2 when the safeguards came; the others start at version 1.</summary>
    private static readonly string[] FirstEight =
    [
        "friend-letter", "common-humanity", "mistake-as-growth", "daily-journal", "self-compassion-break", "loving-kindness",
        "body-and-illness", "burnout-boundaries",
    ];

    [Fact]
    public void All_ShipsTheModules_InLibraryOrder() =>
        Assert.Equal(
            [.. FirstEight, "backdraft", "affectionate-breathing", "supportive-touch", "compassionate-voice", "difficult-emotions",
             "working-with-shame", "giving-and-receiving", "equanimity-for-carers", "core-values", "savouring-and-appreciation",
             "three-systems", "soothing-rhythm-breathing", "compassionate-self", "fears-of-compassion", "pacing-and-energy",
             "grief-for-lost-abilities", "flare-plan", "living-with-uncertainty", "empathic-distress", "moral-distress"],
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
        foreach (var version in ModuleLibrary.Find(key)!.Versions)
        {
            var again = version.Content.Validate();
            Assert.True(again.IsSuccess, again.Error?.Code);
            // Validation is idempotent: what the library keeps is already trimmed.
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(version.Content), System.Text.Json.JsonSerializer.Serialize(again.Value));
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_IsBuiltin_WithIdsFromItsKeyAndVersionNumbers(string key)
    {
        var module = ModuleLibrary.Find(key)!;
        var revised = FirstEight.Contains(key);
        Assert.True(module.IsBuiltin);
        Assert.Null(module.OrganizationId);
        Assert.Null(module.CreatedBy);
        Assert.Equal(revised ? 2 : 1, module.CurrentVersion);
        Assert.Equal(revised ? ModuleLibrary.CreatedAt : ModuleLibrary.SafeguardsAddedAt, module.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero), module.Current.CreatedAt);
        Assert.Equal(Module.BuiltinId(key), module.Id);
        Assert.Equal(Enumerable.Range(1, module.CurrentVersion), module.Versions.Select(v => v.Number));
        Assert.All(module.Versions, v => Assert.Equal(Module.BuiltinVersionId(key, v.Number), v.Id));
    }

    [Theory]
    [InlineData("friend-letter", "a031e92f-33f6-5ad5-a2d7-5f6243095945", "989113d3-3bec-5ff5-86b7-be835b5dc4b7")]
    [InlineData("burnout-boundaries", "07776ece-3400-57a6-bda9-f19c851254d7", "80b0093b-c15a-5648-ba7d-d8d527458e04")]
    public void TheFirstEight_KeepTheirIds_AndVersionOneAsItWas(string key, string moduleId, string firstVersionId)
    {
        // The ids are UUID v5 of "module/{key}" and "module/{key}/v1" (Python's uuid.uuid5 gives the same): a revision cannot
        // move them, and version 1 still says exactly what clients were given before the safeguards came.
        var module = ModuleLibrary.Find(key)!;
        Assert.Equal(Guid.Parse(moduleId), module.Id.Value);
        var first = module.Versions[0];
        Assert.Equal(Guid.Parse(firstVersionId), first.Id.Value);
        Assert.Equal(ModuleLibrary.CreatedAt, first.CreatedAt);
        Assert.Empty(first.Content.Uses);
        Assert.Null(first.Content.ClinicianCaution);
        var current = module.Current.Content;
        var firstWithSafeguards = first.Content with
        {
            Attribution = current.Attribution, ClinicianCaution = current.ClinicianCaution, Uses = current.Uses, TraumaNote = current.TraumaNote,
            GroundingExit = current.GroundingExit, HandsFreeAlternative = current.HandsFreeAlternative, SeeAlso = current.SeeAlso,
        };
        if (key == ModuleLibrary.BurnoutBoundaries)
        {
            // Version 2 also rewords its first step and summary for family carers (burnout is occupational); the rest is as it was.
            Assert.Equal(first.Content.Steps.Skip(1).Select(Json), current.Steps.Skip(1).Select(Json));
            firstWithSafeguards = firstWithSafeguards with { Summary = current.Summary, Steps = current.Steps };
        }

        Assert.Equal(Json(current), Json(firstWithSafeguards));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Fact]
    public void BurnoutBoundaries_NamesCaregiverStrain_ForFamilyCarers()
    {
        var module = ModuleLibrary.Find(ModuleLibrary.BurnoutBoundaries)!;
        var what = module.Current.Content.Steps[0];
        Assert.Equal(ModuleStepKind.Read, what.Kind);
        Assert.Contains("caregiver strain", what.Body, StringComparison.Ordinal);
        Assert.Contains("The word belongs to work", what.Body, StringComparison.Ordinal);
        Assert.Contains("caregiver strain", module.Current.Content.Summary, StringComparison.Ordinal);
        Assert.Contains("'caregiver strain', not burnout", module.Current.Content.ClinicianCaution, StringComparison.Ordinal);
        Assert.DoesNotContain("caregiver strain", module.Versions[0].Content.Steps[0].Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachModule_NamesItsSourceForTheClient_AndCautionsClinicians(string key)
    {
        var content = ContentOf(key);
        Assert.False(string.IsNullOrWhiteSpace(content.Attribution));
        Assert.Contains("our own words", content.Attribution, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(content.ClinicianCaution));
        foreach (var risk in new[] { "PTSD", "dissociat", "suicidal", "bereave" })
        {
            Assert.Contains(risk, content.ClinicianCaution, StringComparison.OrdinalIgnoreCase);
        }

        // Adapted, never labelled with the programme's trademarked initials.
        Assert.DoesNotMatch(@"\bMSC\b", System.Text.Json.JsonSerializer.Serialize(content));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachPracticeThatMentionsTouchTheBodyOrMemories_DeclaresIt_AndLinksOnlyLibraryModules(string key)
    {
        var content = ContentOf(key);
        var text = string.Join("\n", content.Steps.Where(s => s.Kind == ModuleStepKind.Practice).Select(s => s.Body));
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(a|your|one|both) hands?\b (on|over)|place a hand|hand on", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            Assert.Contains(SensitiveFocus.Touch, content.Uses);
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"in your body|body scan|in the body", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            Assert.Contains(SensitiveFocus.Body, content.Uses);
        }

        Assert.All(content.SeeAlso, k => Assert.NotNull(ModuleLibrary.Find(k)));
        if (content.Uses.Count > 0)
        {
            Assert.Contains(ModuleLibrary.Backdraft, content.SeeAlso);
            Assert.Contains("soles of your feet", content.GroundingExit, StringComparison.Ordinal);
            Assert.Contains("eyes", content.GroundingExit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBackdraftEntry_IsPsychoeducation_AndEveryPracticeWithTouchTheBodyOrMemoriesLinksIt()
    {
        Assert.Empty(ContentOf(ModuleLibrary.Backdraft).Uses);
        var guarded = ModuleLibrary.All.Where(m => m.Current.Content.Uses.Count > 0).Select(m => m.Key).ToList();
        Assert.Superset(new HashSet<string?>
        {
            "self-compassion-break", "loving-kindness", "body-and-illness", "burnout-boundaries", "affectionate-breathing", "supportive-touch",
            "difficult-emotions", "working-with-shame", "giving-and-receiving", "soothing-rhythm-breathing", "compassionate-self",
            "grief-for-lost-abilities",
        }, guarded.ToHashSet());
        Assert.All(ModuleLibrary.All.Where(m => m.Current.Content.Uses.Contains(SensitiveFocus.Touch)),
            m => Assert.Contains("optional", m.Current.Content.HandsFreeAlternative, StringComparison.Ordinal));
    }

    [Fact]
    public void TheCarerModules_SayCaregiverStrainForFamilyCarers()
    {
        foreach (var key in new[] { ModuleLibrary.EmpathicDistress, ModuleLibrary.MoralDistress })
        {
            var content = ContentOf(key);
            Assert.Equal([CareTrack.Burnout], content.Tracks);
            Assert.Contains(content.Sources, source => source.Contains("QD85", StringComparison.Ordinal));
            Assert.Contains("caregiver strain", content.ClinicianCaution, StringComparison.Ordinal);
        }

        Assert.Contains("caregiver strain", ContentOf(ModuleLibrary.EmpathicDistress).Steps[0].Body, StringComparison.Ordinal);
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
    [InlineData("affectionate-breathing", new[] { CompassionComponent.Mindfulness }, new[] { CareTrack.General })]
    [InlineData("supportive-touch", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("compassionate-voice", new[] { CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("difficult-emotions", new[] { CompassionComponent.Mindfulness, CompassionComponent.SelfKindness }, new[] { CareTrack.General })]
    [InlineData("working-with-shame", new[] { CompassionComponent.CommonHumanity }, new[] { CareTrack.General })]
    [InlineData("equanimity-for-carers", new[] { CompassionComponent.CommonHumanity }, new[] { CareTrack.Burnout })]
    [InlineData("three-systems", new[] { CompassionComponent.Mindfulness }, new[] { CareTrack.General })]
    [InlineData("fears-of-compassion", new[] { CompassionComponent.CommonHumanity }, new[] { CareTrack.General })]
    public void RequiredModule_ExistsWithItsComponentsAndTracks(string key, CompassionComponent[] components, CareTrack[] tracks)
    {
        var content = ContentOf(key);
        Assert.All(components, c => Assert.Contains(c, content.Components));
        Assert.All(tracks, t => Assert.Contains(t, content.Tracks));
    }

    [Theory]
    [InlineData(ModuleLibrary.BodyAndIllness, CareTrack.ChronicIllness)]
    [InlineData(ModuleLibrary.PacingAndEnergy, CareTrack.ChronicIllness)]
    [InlineData(ModuleLibrary.GriefForLostAbilities, CareTrack.ChronicIllness)]
    [InlineData(ModuleLibrary.FlarePlan, CareTrack.ChronicIllness)]
    [InlineData(ModuleLibrary.LivingWithUncertainty, CareTrack.ChronicIllness)]
    [InlineData(ModuleLibrary.BurnoutBoundaries, CareTrack.Burnout)]
    [InlineData(ModuleLibrary.EmpathicDistress, CareTrack.Burnout)]
    [InlineData(ModuleLibrary.MoralDistress, CareTrack.Burnout)]
    public void TrackModules_AreOnlyForTheirTrack(string key, CareTrack track) => Assert.Equal([track], ContentOf(key).Tracks);

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
