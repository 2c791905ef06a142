using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// One step of a module as sent. <see cref="Kind"/> is Read, Reflect, Rate, Checklist or Practice (any case); each kind
/// takes its own fields: a prompt (Reflect, Rate), both scale labels (Rate), items (Checklist), minutes (Practice).
/// </summary>
public sealed record ModuleStepRequest(
    string? Id,
    string? Kind,
    string? Title,
    string? Body,
    string? Prompt,
    bool? Required,
    IReadOnlyList<ChecklistItemRequest?>? Items,
    int? Minutes,
    string? LowLabel,
    string? HighLabel)
{
    /// <summary>The step as the domain checks it; <see cref="Kind"/> must already be a kind's name (the validator's job).</summary>
    public ModuleStep ToStep() => new()
    {
        Id = Id ?? "",
        Kind = Rules.ParseEnumName<ModuleStepKind>(Kind!),
        Title = Title ?? "",
        Body = Body ?? "",
        Prompt = Prompt,
        Required = Required ?? false,
        Items = (Items ?? []).Select(i => new ChecklistItem(i!.Id ?? "", i.Text ?? "")).ToArray(),
        Minutes = Minutes,
        LowLabel = LowLabel,
        HighLabel = HighLabel,
    };
}
