using System.Text.Json;
using ClinicalPortal.Application.Practice;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Tests.Practice;

/// <summary>Answers checked against the steps of the module version a task follows, each error on its field.</summary>
public sealed class StepResponsesTests
{
    private static readonly ModuleContent Module = ModuleContent.Create(
        "Test", "A module with one step of each kind.", [CompassionComponent.Mindfulness], [CareTrack.General], 10, "",
        [
            ModuleStep.Read("read", "Read", "Some text."),
            ModuleStep.Reflect("reflect", "Reflect", "What do you notice?", required: true),
            ModuleStep.Rate("rate", "Rate", "How calm?", "not at all", "completely"),
            ModuleStep.Checklist("list", "Tick", [new ChecklistItem("a", "First"), new ChecklistItem("b", "Second")]),
            ModuleStep.Practice("timer", "Practise", 3, "Breathe."),
        ],
        []).Value;

    private static JsonElement J(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static (IReadOnlyList<StoredStepResponse> Stored, Dictionary<string, string[]> Errors) Check(params StepResponseInput?[] inputs) =>
        StepResponses.Check(Module, inputs);

    [Fact]
    public void EachKind_TakesItsOwnAnswer_AndIsStoredTrimmed()
    {
        var (stored, errors) = Check(
            new("read", null, null, J("true")), new("reflect", "  calm now \n", null, null), new("rate", null, 7, null),
            new("list", null, null, J("""["b","a"]""")), new("timer", null, null, J("false")));
        Assert.Empty(errors);
        Assert.Equal(
            ["read:Read:True", "reflect:Reflect:calm now", "rate:Rate:7", "list:Checklist:b,a", "timer:Practice:False"],
            stored.Select(s => $"{s.StepId}:{s.Kind}:{s.Text ?? s.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (s.CheckedItems is { } items ? string.Join(",", items) : s.Done.ToString())}"));
    }

    [Fact]
    public void ARequiredStep_LeftOut_IsAnErrorOnResponses()
    {
        var (_, errors) = Check(new StepResponseInput("rate", null, 3, null));
        Assert.Equal(["responses"], errors.Keys);
        Assert.Contains("reflect", errors["responses"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope", null, null, null, "responses[1].stepId")]
    [InlineData("reflect", null, null, null, "responses[1].stepId")]            // answered twice
    [InlineData("rate", null, 11, null, "responses[1].rating")]
    [InlineData("rate", null, -1, null, "responses[1].rating")]
    [InlineData("rate", "text", 5, null, "responses[1].text")]                  // a field the kind does not take
    [InlineData("list", null, null, """["a","a"]""", "responses[1].checked")]   // an item twice
    [InlineData("list", null, null, """["c"]""", "responses[1].checked")]       // not an item of the step
    [InlineData("list", null, null, "true", "responses[1].checked")]
    [InlineData("list", null, null, "[1]", "responses[1].checked")]
    [InlineData("timer", null, null, "\"yes\"", "responses[1].checked")]
    [InlineData("read", null, null, null, "responses[1].checked")]
    public void AWrongAnswer_IsAnErrorOnItsField(string step, string? text, int? rating, string? @checked, string field)
    {
        var (_, errors) = Check(new("reflect", "fine", null, null), new(step, text, rating, @checked is null ? null : J(@checked)));
        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bell\u0007")]
    public void AReflection_NeedsText_WithoutControlCharacters(string text) =>
        Assert.Equal(["responses[0].text"], Check(new StepResponseInput("reflect", text, null, null)).Errors.Keys);

    [Fact]
    public void ANullEntry_IsAnErrorOnItsPosition_NotAnException() =>
        Assert.Contains("responses[1]", Check(new("reflect", "fine", null, null), null).Errors.Keys);
}
