using System.Text.RegularExpressions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One step of a module version: something to read, a reflection prompt, a 0-10 self-rating, a checklist or a timed
/// practice. Which optional fields a step carries depends on its <see cref="Kind"/>; a field that does not belong to the
/// kind is refused rather than silently dropped. Build one with the factory of its kind and check it with
/// <see cref="Validate"/> (<see cref="ModuleContent"/> does that for every step). Plain get/init properties, so
/// System.Text.Json can store it as part of the version's content.
/// </summary>
public sealed partial record ModuleStep
{
    public const string IdInvalid = "module.step_id_invalid";
    public const string KindInvalid = "module.step_kind_invalid";
    public const string TitleRequired = "module.step_title_required";
    public const string TitleTooLong = "module.step_title_too_long";
    public const string BodyTooLong = "module.step_body_too_long";
    public const string PromptRequired = "module.prompt_required";
    public const string PromptTooLong = "module.prompt_too_long";
    public const string RateLabelsRequired = "module.rate_labels_required";
    public const string RateLabelTooLong = "module.rate_label_too_long";
    public const string ChecklistEmpty = "module.checklist_empty";
    public const string ChecklistTooLong = "module.checklist_too_many_items";
    public const string ChecklistItemInvalid = "module.checklist_item_invalid";
    public const string ChecklistItemIdsNotUnique = "module.checklist_item_ids_not_unique";
    public const string PracticeMinutesOutOfRange = "module.practice_minutes_out_of_range";
    public const string FieldNotForKind = "module.step_field_not_for_kind";

    public const int MaxIdLength = 32;
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 20_000;
    public const int MaxPromptLength = 500;
    public const int MaxLabelLength = 60;
    public const int MaxItems = 30;
    public const int MinMinutes = 1;
    public const int MaxMinutes = 60;

    /// <summary>The ends of a <see cref="ModuleStepKind.Rate"/> step's scale.</summary>
    public const int RateMin = 0;

    public const int RateMax = 10;

    /// <summary>Short stable key, unique within a module version (e.g. <c>s1</c>, <c>letter</c>): answers refer to it.</summary>
    public required string Id { get; init; }

    public required ModuleStepKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>Markdown shown with the step; may be empty.</summary>
    public string Body { get; init; } = "";

    /// <summary>The question a <see cref="ModuleStepKind.Reflect"/> or <see cref="ModuleStepKind.Rate"/> step asks; null for the other kinds.</summary>
    public string? Prompt { get; init; }

    /// <summary>Whether the client must complete this step to complete the module; most steps are optional.</summary>
    public bool Required { get; init; }

    /// <summary>The items of a <see cref="ModuleStepKind.Checklist"/> step; empty for the other kinds.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; init; } = [];

    /// <summary>Length of a <see cref="ModuleStepKind.Practice"/> step, 1 to 60 minutes; null for the other kinds.</summary>
    public int? Minutes { get; init; }

    /// <summary>What 0 means on a <see cref="ModuleStepKind.Rate"/> step (e.g. "Not at all"); null for the other kinds.</summary>
    public string? LowLabel { get; init; }

    /// <summary>What 10 means on a <see cref="ModuleStepKind.Rate"/> step (e.g. "Completely"); null for the other kinds.</summary>
    public string? HighLabel { get; init; }

    public static ModuleStep Read(string id, string title, string body, bool required = false) =>
        new() { Id = id, Kind = ModuleStepKind.Read, Title = title, Body = body, Required = required };

    public static ModuleStep Reflect(string id, string title, string prompt, string body = "", bool required = false) =>
        new() { Id = id, Kind = ModuleStepKind.Reflect, Title = title, Prompt = prompt, Body = body, Required = required };

    public static ModuleStep Rate(
        string id, string title, string prompt, string lowLabel, string highLabel, string body = "", bool required = false) =>
        new()
        {
            Id = id, Kind = ModuleStepKind.Rate, Title = title, Prompt = prompt, LowLabel = lowLabel, HighLabel = highLabel,
            Body = body, Required = required,
        };

    public static ModuleStep Checklist(
        string id, string title, IReadOnlyList<ChecklistItem> items, string body = "", bool required = false) =>
        new() { Id = id, Kind = ModuleStepKind.Checklist, Title = title, Items = items, Body = body, Required = required };

    public static ModuleStep Practice(string id, string title, int minutes, string body, bool required = false) =>
        new() { Id = id, Kind = ModuleStepKind.Practice, Title = title, Minutes = minutes, Body = body, Required = required };

    /// <summary>Whether <paramref name="id"/> has the shape of a step or checklist item id: 1 to 32 of <c>a-z</c>, <c>0-9</c> and <c>-</c>.</summary>
    public static bool IsValidId(string? id) => id is not null && IdShape().IsMatch(id);

    /// <summary>
    /// This step with its texts trimmed, or the first rule it breaks: id shape; title 1-120 characters; body up to
    /// 20,000; a Reflect or Rate step needs a prompt (up to 500) and a Rate step both anchor labels (up to 60 each); a
    /// Checklist step 1-30 items with distinct ids and texts of 1-300 characters; a Practice step 1-60 minutes; and no
    /// field of another kind. The error names the rule, never a position: <see cref="ModuleContent"/> adds that.
    /// </summary>
    public Result<ModuleStep> Validate()
    {
        var id = Id?.Trim() ?? "";
        var title = Title?.Trim() ?? "";
        var body = Body?.Trim() ?? "";
        var prompt = Clean(Prompt);
        var low = Clean(LowLabel);
        var high = Clean(HighLabel);
        var items = Items ?? [];

        if (!IsValidId(id))
        {
            return Error.Rule(IdInvalid, $"A step id is 1 to {MaxIdLength} characters of a-z, 0-9 and '-'.");
        }

        if (!Enum.IsDefined(Kind))
        {
            return Error.Rule(KindInvalid, "The step kind is not one of Read, Reflect, Rate, Checklist or Practice.");
        }

        if (title.Length == 0)
        {
            return Error.Rule(TitleRequired, "A step needs a title.");
        }

        if (title.Length > MaxTitleLength)
        {
            return Error.Rule(TitleTooLong, $"A step title is at most {MaxTitleLength} characters.");
        }

        if (body.Length > MaxBodyLength)
        {
            return Error.Rule(BodyTooLong, $"A step's text is at most {MaxBodyLength} characters.");
        }

        var asks = Kind is ModuleStepKind.Reflect or ModuleStepKind.Rate;
        if ((!asks && prompt is not null)
            || (Kind != ModuleStepKind.Rate && (low is not null || high is not null))
            || (Kind != ModuleStepKind.Checklist && items.Count > 0)
            || (Kind != ModuleStepKind.Practice && Minutes is not null))
        {
            return Error.Rule(FieldNotForKind, $"A {Kind} step carries only the fields of its kind.");
        }

        if (asks && prompt is null)
        {
            return Error.Rule(PromptRequired, $"A {Kind} step needs a prompt.");
        }

        if (prompt is { Length: > MaxPromptLength })
        {
            return Error.Rule(PromptTooLong, $"A prompt is at most {MaxPromptLength} characters.");
        }

        if (Kind == ModuleStepKind.Rate)
        {
            if (low is null || high is null)
            {
                return Error.Rule(RateLabelsRequired, $"A Rate step names what {RateMin} and {RateMax} mean.");
            }

            if (low.Length > MaxLabelLength || high.Length > MaxLabelLength)
            {
                return Error.Rule(RateLabelTooLong, $"A scale label is at most {MaxLabelLength} characters.");
            }
        }

        var cleanItems = new List<ChecklistItem>(items.Count);
        if (Kind == ModuleStepKind.Checklist)
        {
            if (items.Count == 0)
            {
                return Error.Rule(ChecklistEmpty, "A checklist needs at least one item.");
            }

            if (items.Count > MaxItems)
            {
                return Error.Rule(ChecklistTooLong, $"A checklist has at most {MaxItems} items.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var itemId = item?.Id?.Trim() ?? "";
                var text = item?.Text?.Trim() ?? "";
                if (!IsValidId(itemId) || text.Length is < 1 or > ChecklistItem.MaxTextLength)
                {
                    return Error.Rule(ChecklistItemInvalid,
                        $"Each checklist item needs an id like a step id and a text of 1 to {ChecklistItem.MaxTextLength} characters.");
                }

                if (!seen.Add(itemId))
                {
                    return Error.Rule(ChecklistItemIdsNotUnique, $"The checklist item id '{itemId}' is used twice.");
                }

                cleanItems.Add(new ChecklistItem(itemId, text));
            }
        }

        if (Kind == ModuleStepKind.Practice && Minutes is not (>= MinMinutes and <= MaxMinutes))
        {
            return Error.Rule(PracticeMinutesOutOfRange, $"A practice lasts {MinMinutes} to {MaxMinutes} minutes.");
        }

        return this with
        {
            Id = id,
            Title = title,
            Body = body,
            Prompt = prompt,
            LowLabel = low,
            HighLabel = high,
            Items = cleanItems.AsReadOnly(),
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9-]{1,32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
