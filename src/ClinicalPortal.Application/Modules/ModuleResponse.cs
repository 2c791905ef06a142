using System.Text.Json.Serialization;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// One version of a module, whole: its Markdown with the same as safe HTML beside it (<see cref="InstructionsHtml"/>,
/// each step's <c>bodyHtml</c>), which version this is, the current one, and every version there is; its safeguards (what
/// it turns attention to, the trauma note, the grounding exit, the hands-free alternative, the linked modules) and its
/// attribution for everyone; the clinician's caution only for staff (<see cref="ClinicianCaution"/> is left out of a
/// client's answer altogether).
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
    DateTimeOffset CreatedAt,
    IReadOnlyList<SensitiveFocus> Uses,
    string? TraumaNote,
    string? GroundingExit,
    string? HandsFreeAlternative,
    IReadOnlyList<ModuleLinkResponse> SeeAlso,
    string? Attribution,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ClinicianCaution)
{
    /// <summary>The version as shown; <paramref name="forStaff"/> says whether the reader may see the clinician's caution.</summary>
    public static ModuleResponse From(
        Module module, ModuleVersion version, IReadOnlyList<int> versions, IMarkdownRenderer markdown, bool forStaff)
    {
        var c = version.Content;
        // An earlier version a client still practises (a plan pins its version) written before the safeguards: it carries
        // the latest version's safeguards, attribution and caution, so no one meets the body or memories without them.
        // (The newest version, where the handler loaded only the one asked for, is the built-in library's own.)
        var latest = module.Versions.FirstOrDefault(v => v.Number == module.CurrentVersion)?.Content
                     ?? (module.IsBuiltin ? ModuleLibrary.Find(module.Key)?.Current.Content : null);
        var g = c.Uses.Count == 0 && latest is { Uses.Count: > 0 } ? latest : c;
        return new(
            module.Id.Value, module.Key, module.IsBuiltin, version.Number, module.CurrentVersion, versions, c.Title, c.Summary,
            c.Components, c.Tracks, c.EstimatedMinutes, c.Instructions, markdown.ToSafeHtml(c.Instructions),
            c.Steps.Select(s => ModuleStepResponse.From(s, markdown)).ToList(), c.Sources, version.CreatedAt,
            g.Uses, g.TraumaNote, g.GroundingExit, g.HandsFreeAlternative,
            g.SeeAlso.Select(k => ModuleLibrary.Find(k) is { } linked
                ? new ModuleLinkResponse(linked.Id.Value, k, linked.Current.Content.Title)
                : new ModuleLinkResponse(null, k, k)).ToList(),
            c.Attribution ?? g.Attribution, forStaff ? c.ClinicianCaution ?? g.ClinicianCaution : null);
    }
}
