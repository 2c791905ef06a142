using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Modules;

/// <summary>One step as shown: its Markdown <see cref="Body"/> and the same as safe HTML (<see cref="BodyHtml"/>), and the fields of its kind.</summary>
public sealed record ModuleStepResponse(
    string Id,
    ModuleStepKind Kind,
    string Title,
    string Body,
    string BodyHtml,
    string? Prompt,
    bool Required,
    IReadOnlyList<ChecklistItem> Items,
    int? Minutes,
    string? LowLabel,
    string? HighLabel)
{
    public static ModuleStepResponse From(ModuleStep s, IMarkdownRenderer markdown) =>
        new(s.Id, s.Kind, s.Title, s.Body, markdown.ToSafeHtml(s.Body), s.Prompt, s.Required, s.Items, s.Minutes, s.LowLabel, s.HighLabel);
}
