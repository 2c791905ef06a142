using System.Text.Json;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using static ClinicalPortal.Domain.Tests.Practice.Modules.ModuleTestData;

namespace ClinicalPortal.Domain.Tests.Practice.Modules;

public sealed class ModuleTests
{
    [Fact]
    public void CreateForOrganization_MakesVersionOne_WithTrimmedContent()
    {
        var organization = OrganizationId.New();
        var author = UserId.New();
        var module = Module.CreateForOrganization(organization, Content(title: "  Mine  "), author, Now).Value;

        Assert.Equal(organization, module.OrganizationId);
        Assert.False(module.IsBuiltin);
        Assert.Null(module.Key);
        Assert.Equal(1, module.CurrentVersion);
        Assert.Equal(author, module.CreatedBy);
        Assert.Equal(Now.ToStoredPrecision(), module.CreatedAt);

        var version = Assert.Single(module.Versions);
        Assert.Same(version, module.Current);
        Assert.Equal(1, version.Number);
        Assert.Equal(module.Id, version.ModuleId);
        Assert.Equal(author, version.CreatedBy);
        Assert.Equal("Mine", version.Content.Title);
    }

    [Fact]
    public void CreateForOrganization_RefusesInvalidContent_ByRule()
    {
        var result = Module.CreateForOrganization(OrganizationId.New(), Content([]), UserId.New(), Now);
        Assert.False(result.IsSuccess);
        Assert.Equal(ModuleContent.StepsRequired, result.Error!.Code);
        Assert.Equal(ErrorKind.RuleViolation, result.Error.Kind);
    }

    [Fact]
    public void Revise_AddsTheNextVersion_AndKeepsTheOldOne()
    {
        var module = Module.CreateForOrganization(OrganizationId.New(), Content(title: "First"), UserId.New(), Now).Value;
        var first = module.Current;
        var editor = UserId.New();

        var second = module.Revise(Content(title: "Second"), editor, Now.AddDays(1)).Value;
        var third = module.Revise(Content(title: "Third"), editor, Now.AddDays(2)).Value;

        Assert.Equal(3, module.CurrentVersion);
        Assert.Same(third, module.Current);
        Assert.Equal([1, 2, 3], module.Versions.Select(v => v.Number));
        Assert.Equal(["First", "Second", "Third"], module.Versions.Select(v => v.Content.Title));
        Assert.Same(first, module.Versions[0]);
        Assert.Equal("First", first.Content.Title);
        Assert.Equal(editor, second.CreatedBy);
        Assert.Equal(Now.AddDays(1).ToStoredPrecision(), second.CreatedAt);
        Assert.Equal(3, module.Versions.Select(v => v.Id).Distinct().Count());
        Assert.All(module.Versions, v => Assert.Equal(module.Id, v.ModuleId));
    }

    [Fact]
    public void Revise_RefusesInvalidContent_AndAddsNothing()
    {
        var module = Module.CreateForOrganization(OrganizationId.New(), Content(), UserId.New(), Now).Value;
        var result = module.Revise(Content(title: ""), UserId.New(), Now);
        Assert.Equal(ModuleContent.TitleRequired, result.Error!.Code);
        Assert.Equal(1, module.CurrentVersion);
        Assert.Single(module.Versions);
    }

    [Fact]
    public void Revise_OfABuiltinModule_IsRefusedByName()
    {
        var module = ModuleLibrary.Create()[0];
        var result = module.Revise(Content(), UserId.New(), Now);
        Assert.False(result.IsSuccess);
        Assert.Equal(Module.BuiltinReadOnly, result.Error!.Code);
        Assert.Equal("module.builtin_read_only", result.Error.Code);
        Assert.Equal(2, module.CurrentVersion);
        Assert.Equal(2, module.Versions.Count);
    }

    [Fact]
    public void Builtin_HasNoOrganizationOrAuthor_AndIdsFromItsKey()
    {
        var module = Module.Builtin("test-module", Content(), Now);
        Assert.True(module.IsBuiltin);
        Assert.Null(module.OrganizationId);
        Assert.Null(module.CreatedBy);
        Assert.Null(module.Current.CreatedBy);
        Assert.Equal("test-module", module.Key);
        Assert.Equal(Module.BuiltinId("test-module"), module.Id);
        Assert.Equal(Module.BuiltinVersionId("test-module", 1), module.Current.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Friend-Letter")]
    [InlineData("friend letter")]
    [InlineData("-friend")]
    [InlineData("friend-")]
    [InlineData("friend--letter")]
    public void Builtin_RefusesAKeyThatIsNotASlug(string key) =>
        Assert.Throws<ArgumentException>(() => Module.Builtin(key, Content(), Now));

    [Fact]
    public void Builtin_RefusesInvalidContent() =>
        Assert.Throws<ArgumentException>(() => Module.Builtin("test-module", Content([]), Now));

    [Fact]
    public void BuiltinIds_AreStable_AndDistinctPerKeyAndVersion()
    {
        Assert.Equal(Module.BuiltinId("friend-letter"), Module.BuiltinId("friend-letter"));
        Assert.NotEqual(Module.BuiltinId("friend-letter"), Module.BuiltinId("common-humanity"));
        Assert.NotEqual(Module.BuiltinVersionId("friend-letter", 1), Module.BuiltinVersionId("friend-letter", 2));
        Assert.NotEqual(Module.BuiltinId("friend-letter").Value, Module.BuiltinVersionId("friend-letter", 1).Value);
    }

    [Fact]
    public void BuiltinIds_MatchUuidV5ComputedIndependently()
    {
        // Python: uuid.uuid5(uuid.UUID("32931d24-9855-4f15-ab05-f474015509b1"), "module/friend-letter") and ".../v1".
        Assert.Equal(new Guid("a031e92f-33f6-5ad5-a2d7-5f6243095945"), Module.BuiltinId("friend-letter").Value);
        Assert.Equal(new Guid("989113d3-3bec-5ff5-86b7-be835b5dc4b7"), Module.BuiltinVersionId("friend-letter", 1).Value);
        Assert.Equal(new Guid("07776ece-3400-57a6-bda9-f19c851254d7"), Module.BuiltinId("burnout-boundaries").Value);
        Assert.Equal(5, Module.BuiltinId("friend-letter").Value.Version);
    }

    [Fact]
    public void NameBasedGuid_ReproducesThePublishedUuidV5Example()
    {
        // The example in Python's uuid documentation: uuid5(NAMESPACE_DNS, "python.org").
        var create = typeof(Module).Assembly.GetType("ClinicalPortal.Domain.Practice.NameBasedGuid", throwOnError: true)!
            .GetMethod("Create", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!;
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), create.Invoke(null, [dns, "python.org"]));
    }

    [Fact]
    public void Content_RoundTripsThroughSystemTextJson()
    {
        foreach (var module in ModuleLibrary.All)
        {
            var content = module.Current.Content;
            var json = JsonSerializer.Serialize(content);
            var back = JsonSerializer.Deserialize<ModuleContent>(json)!;
            Assert.Equal(json, JsonSerializer.Serialize(back));
            Assert.True(back.Validate().IsSuccess);
            Assert.Equal(content.Steps.Select(s => (s.Id, s.Kind, s.Minutes)), back.Steps.Select(s => (s.Id, s.Kind, s.Minutes)));
            Assert.Equal(content.Components, back.Components);
            Assert.Equal(content.Tracks, back.Tracks);
        }
    }

    [Fact]
    public void Content_FromJsonWithNulls_IsRefusedByRule_NotByAnException()
    {
        const string json = """
            {"Title":"T","Summary":"S","Components":[0],"Tracks":[0],"EstimatedMinutes":5,"Instructions":null,
             "Steps":[{"Id":"c1","Kind":3,"Title":"Checklist","Body":null,"Items":null}],"Sources":null}
            """;
        var content = JsonSerializer.Deserialize<ModuleContent>(json)!;
        Assert.Equal(ModuleStep.ChecklistEmpty, content.Validate().Error!.Code);
    }
}
