using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// One version of a module, whole: its Markdown with the same as safe HTML beside it (<see cref="InstructionsHtml"/>,
/// each step's <c>bodyHtml</c>), which version this is, the current one, and every version there is.
/// </summary>
public sealed record ModuleResponse(
    Guid Id,
    string? Key,
    bool Builtin,
    int Version,
    int CurrentVersion,
    IReadOnlyList<int> Versions,
    string Title,
    string Summary,
    IReadOnlyList<CompassionComponent> Components,
    IReadOnlyList<CareTrack> Tracks,
    int EstimatedMinutes,
    string Instructions,
    string InstructionsHtml,
    IReadOnlyList<ModuleStepResponse> Steps,
    IReadOnlyList<string> Sources,
    DateTimeOffset CreatedAt)
{
    public static ModuleResponse From(Module module, ModuleVersion version, IReadOnlyList<int> versions, IMarkdownRenderer markdown)
    {
        var c = version.Content;
        return new(
            module.Id.Value, module.Key, module.IsBuiltin, version.Number, module.CurrentVersion, versions, c.Title, c.Summary,
            c.Components, c.Tracks, c.EstimatedMinutes, c.Instructions, markdown.ToSafeHtml(c.Instructions),
            c.Steps.Select(s => ModuleStepResponse.From(s, markdown)).ToList(), c.Sources, version.CreatedAt);
    }
}
