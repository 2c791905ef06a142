using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Modules;

/// <summary>A module in the library list: its current version's title, summary, components, tracks and length.</summary>
public sealed record ModuleSummaryResponse(
    Guid Id,
    string? Key,
    string Title,
    string Summary,
    IReadOnlyList<CompassionComponent> Components,
    IReadOnlyList<CareTrack> Tracks,
    int EstimatedMinutes,
    int Version,
    bool Builtin)
{
    public static ModuleSummaryResponse From(ModuleId id, string? key, bool builtin, int version, ModuleContent content) =>
        new(id.Value, key, content.Title, content.Summary, content.Components, content.Tracks, content.EstimatedMinutes, version, builtin);
}
