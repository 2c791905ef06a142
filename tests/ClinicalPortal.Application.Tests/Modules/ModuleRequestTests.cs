using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalPortal.Application.Modules;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Tests.Modules;

/// <summary>The module request mirrors the content, and every rule the domain can refuse lands on a field of it.</summary>
public sealed class ModuleRequestTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static IEnumerable<string> Codes(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)
        .Where(v => v.StartsWith("module.", StringComparison.Ordinal));

    public static TheoryData<string> ContentCodes() =>
        new(Codes(typeof(ModuleContent)).Where(c => c != ModuleContent.StepIdsNotUnique).Concat(Codes(typeof(ModuleSafeguards))));

    public static TheoryData<string> StepCodes() => new(Codes(typeof(ModuleStep)).Append(ModuleContent.StepIdsNotUnique));

    private static ModuleRequest Mirror(ModuleContent c) => new(
        c.Title, c.Summary, c.Components.Select(x => x.ToString()).ToList(), c.Tracks.Select(x => x.ToString()).ToList(),
        c.EstimatedMinutes, c.Instructions,
        c.Steps.Select(s => new ModuleStepRequest(s.Id, s.Kind.ToString(), s.Title, s.Body, s.Prompt, s.Required,
            s.Items.Select(i => new ChecklistItemRequest(i.Id, i.Text)).ToList(), s.Minutes, s.LowLabel, s.HighLabel)).ToList(),
        c.Sources.ToList())
    {
        Uses = c.Uses.Select(u => u.ToString()).ToList(),
        TraumaNote = c.TraumaNote,
        GroundingExit = c.GroundingExit,
        HandsFreeAlternative = c.HandsFreeAlternative,
        SeeAlso = c.SeeAlso.ToList(),
        Attribution = c.Attribution,
        ClinicianCaution = c.ClinicianCaution,
    };

    [Theory]
    [MemberData(nameof(ContentCodes))]
    public void EveryContentRule_LandsOnAField(string code)
    {
        var error = Mirror(ModuleLibrary.All[0].Current.Content).OnFields(Error.Rule(code, "refused"));
        Assert.Equal(ErrorKind.Validation, error.Kind);
        var field = Assert.Single(error.Fields).Key;
        Assert.DoesNotMatch(@"^steps\[", field);
    }

    [Theory]
    [MemberData(nameof(StepCodes))]
    public void EveryStepRule_LandsOnAFieldOfThatStep(string code)
    {
        var request = Mirror(ModuleLibrary.All[0].Current.Content);
        var error = request.OnFields(Error.Rule(code, "refused") with { Violations = [new Violation(2, code, "refused")] });
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.StartsWith("steps[1]", Assert.Single(error.Fields).Key, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherErrors_PassUnchanged()
    {
        var request = Mirror(ModuleLibrary.All[0].Current.Content);
        var conflict = Error.Conflict(Domain.Practice.Module.BuiltinReadOnly, "read-only");
        Assert.Same(conflict, request.OnFields(conflict));
        var unknown = Error.Rule("module.something_new", "new rule");
        Assert.Same(unknown, request.OnFields(unknown));
    }

    [Fact]
    public void EveryBuiltinModule_SentBackAsARequest_IsTheSameContent()
    {
        foreach (var module in ModuleLibrary.All)
        {
            var request = Mirror(module.Current.Content);
            Assert.Empty(request.Problems());
            var content = request.ToContent().Validate();
            Assert.True(content.IsSuccess, module.Key);
            Assert.Equal(JsonSerializer.Serialize(module.Current.Content, Json), JsonSerializer.Serialize(content.Value, Json));
        }
    }

    [Fact]
    public void NamesInAnyCase_AreTheEnumValues()
    {
        var request = Mirror(ModuleLibrary.All[0].Current.Content) with { Components = ["selfkindness", "MINDFULNESS"], Tracks = ["chronicIllness"] };
        Assert.Empty(request.Problems());
        var content = request.ToContent();
        Assert.Equal([CompassionComponent.SelfKindness, CompassionComponent.Mindfulness], content.Components);
        Assert.Equal([Domain.Clients.CareTrack.ChronicIllness], content.Tracks);
    }

    [Theory]
    [InlineData("SelfKindness, Mindfulness")]
    [InlineData("2")]
    [InlineData(" SelfKindness")]
    [InlineData(null)]
    public void OtherComponentNames_AreProblems(string? name)
    {
        var request = Mirror(ModuleLibrary.All[0].Current.Content) with { Components = [name] };
        Assert.Equal(["components[0]"], request.Problems().Select(p => p.Field));
    }
}
