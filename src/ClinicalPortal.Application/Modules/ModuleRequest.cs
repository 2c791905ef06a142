using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Practice;
using FluentValidation;

namespace ClinicalPortal.Application.Modules;

/// <summary>
/// Body of <c>POST /modules</c> and <c>PUT /modules/{id}</c>: what one version of a module says, mirroring
/// <see cref="ModuleContent"/>. Components and tracks are names in any case (<c>SelfKindness</c>, <c>burnout</c>).
/// <see cref="Problems"/> finds what the domain cannot be handed (unknown names, missing entries, control characters);
/// every other rule is the domain's, and <see cref="OnFields"/> puts each of its refusals on the field that caused it.
/// The safeguards (<c>uses</c>: Touch, Body, Memories; <c>traumaNote</c>, <c>groundingExit</c>, <c>handsFreeAlternative</c>,
/// <c>seeAlso</c>, <c>attribution</c>, <c>clinicianCaution</c>) are optional fields, required by the domain's
/// <see cref="ModuleSafeguards"/> once a practice names what it turns attention to.
/// </summary>
public sealed record ModuleRequest(
    string? Title,
    string? Summary,
    IReadOnlyList<string?>? Components,
    IReadOnlyList<string?>? Tracks,
    int? EstimatedMinutes,
    string? Instructions,
    IReadOnlyList<ModuleStepRequest?>? Steps,
    IReadOnlyList<string?>? Sources)
{
    private static readonly string StepKinds = string.Join(", ", Enum.GetNames<ModuleStepKind>());

    /// <summary>What the practice turns attention to that can bring up old pain: Touch, Body, Memories (any case).</summary>
    public IReadOnlyList<string?>? Uses { get; init; }

    public string? TraumaNote { get; init; }

    public string? GroundingExit { get; init; }

    public string? HandsFreeAlternative { get; init; }

    /// <summary>Keys of built-in modules to point the client to, e.g. <c>backdraft</c>.</summary>
    public IReadOnlyList<string?>? SeeAlso { get; init; }

    public string? Attribution { get; init; }

    /// <summary>For staff only; never shown to clients.</summary>
    public string? ClinicianCaution { get; init; }

    /// <summary>Each field (camelCase JSON path) that cannot even be read as module content, with why.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        foreach (var problem in Line("title", Title).Concat(Text("summary", Summary)).Concat(Text("instructions", Instructions))
                     .Concat(Names<CompassionComponent>("components", Components)).Concat(Names<CareTrack>("tracks", Tracks))
                     .Concat(Names<SensitiveFocus>("uses", Uses)).Concat(Text("traumaNote", TraumaNote)).Concat(Text("groundingExit", GroundingExit))
                     .Concat(Text("handsFreeAlternative", HandsFreeAlternative)).Concat(Line("attribution", Attribution))
                     .Concat(Text("clinicianCaution", ClinicianCaution))
                     .Concat((SeeAlso ?? []).SelectMany((k, i) => Line($"seeAlso[{i}]", k))))
        {
            yield return problem;
        }

        if (EstimatedMinutes is null)
        {
            yield return ("estimatedMinutes", "'estimatedMinutes' is required.");
        }

        for (var i = 0; i < (Sources?.Count ?? 0); i++)
        {
            foreach (var problem in Line($"sources[{i}]", Sources![i]))
            {
                yield return problem;
            }
        }

        for (var i = 0; i < (Steps?.Count ?? 0); i++)
        {
            foreach (var problem in StepProblems($"steps[{i}]", Steps![i]))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Adds each of <see cref="Problems"/> to a validator's failures (the create and revise validators).</summary>
    public void AddProblemsTo<T>(ValidationContext<T> context)
    {
        foreach (var (field, message) in Problems())
        {
            context.AddFailure(field, message);
        }
    }

    /// <summary>The content to hand the domain, once <see cref="Problems"/> found nothing.</summary>
    public ModuleContent ToContent() => new()
    {
        Title = Title ?? "",
        Summary = Summary ?? "",
        Components = (Components ?? []).Select(c => Rules.ParseEnumName<CompassionComponent>(c!)).ToArray(),
        Tracks = (Tracks ?? []).Select(t => Rules.ParseEnumName<CareTrack>(t!)).ToArray(),
        EstimatedMinutes = EstimatedMinutes ?? 0,
        Instructions = Instructions ?? "",
        Steps = (Steps ?? []).Select(s => s!.ToStep()).ToArray(),
        Sources = (Sources ?? []).Select(s => s ?? "").ToArray(),
        Uses = (Uses ?? []).Select(u => Rules.ParseEnumName<SensitiveFocus>(u!)).ToArray(),
        TraumaNote = TraumaNote,
        GroundingExit = GroundingExit,
        HandsFreeAlternative = HandsFreeAlternative,
        SeeAlso = (SeeAlso ?? []).Select(k => k ?? "").ToArray(),
        Attribution = Attribution,
        ClinicianCaution = ClinicianCaution,
    };

    /// <summary>A rule the domain refused, as a 400 on the field of this request that broke it (<c>steps[2].prompt</c>); any other error unchanged.</summary>
    public Error OnFields(Error error)
    {
        if (error.Kind is not ErrorKind.RuleViolation)
        {
            return error;
        }

        var field = error.Violations is [{ Position: { } position }, ..] ? StepField(position - 1, error.Code) : ContentField(error.Code);
        return field is null ? error : Error.Validation(field, error.Message);
    }

    private string? ContentField(string code) => code switch
    {
        ModuleContent.TitleRequired or ModuleContent.TitleTooLong => "title",
        ModuleContent.SummaryRequired or ModuleContent.SummaryTooLong => "summary",
        ModuleContent.InstructionsTooLong => "instructions",
        ModuleContent.ComponentsRequired or ModuleContent.ComponentsNotDistinct or ModuleContent.ComponentInvalid => "components",
        ModuleContent.TracksRequired or ModuleContent.TracksNotDistinct or ModuleContent.TrackInvalid => "tracks",
        ModuleContent.EstimatedMinutesOutOfRange => "estimatedMinutes",
        ModuleContent.StepsRequired or ModuleContent.TooManySteps => "steps",
        ModuleContent.TooManySources => "sources",
        ModuleSafeguards.FocusInvalid or ModuleSafeguards.FocusNotDistinct => "uses",
        ModuleSafeguards.TraumaNoteRequired => "traumaNote",
        ModuleSafeguards.GroundingExitRequired => "groundingExit",
        ModuleSafeguards.HandsFreeAlternativeRequired or ModuleSafeguards.HandsFreeAlternativeNotForModule => "handsFreeAlternative",
        ModuleSafeguards.BackdraftLinkRequired or ModuleSafeguards.SeeAlsoInvalid or ModuleSafeguards.TooManySeeAlso => "seeAlso",
        ModuleSafeguards.ClinicianCautionRequired => "clinicianCaution",
        ModuleSafeguards.AttributionTooLong => "attribution",
        ModuleSafeguards.NoteTooLong => new[] { ("traumaNote", TraumaNote), ("groundingExit", GroundingExit), ("handsFreeAlternative", HandsFreeAlternative), ("clinicianCaution", ClinicianCaution) }
            .Where(x => Length(x.Item2) > ModuleSafeguards.MaxNoteLength).Select(x => x.Item1).FirstOrDefault() ?? "traumaNote",
        ModuleContent.SourceTooLong => Sources?.Select((s, i) => (s, i)).Where(x => (x.s?.Trim().Length ?? 0) > ModuleContent.MaxSourceLength)
            .Select(x => $"sources[{x.i}]").FirstOrDefault() ?? "sources",
        _ => null,
    };

    private string StepField(int index, string code)
    {
        var at = $"steps[{index}]";
        if (Steps is null || index < 0 || index >= Steps.Count || Steps[index] is not { } step)
        {
            return at;
        }

        return code switch
        {
            ModuleStep.IdInvalid or ModuleContent.StepIdsNotUnique => $"{at}.id",
            ModuleStep.KindInvalid => $"{at}.kind",
            ModuleStep.TitleRequired or ModuleStep.TitleTooLong => $"{at}.title",
            ModuleStep.BodyTooLong => $"{at}.body",
            ModuleStep.PromptRequired or ModuleStep.PromptTooLong => $"{at}.prompt",
            ModuleStep.RateLabelsRequired => IsBlank(step.LowLabel) ? $"{at}.lowLabel" : $"{at}.highLabel",
            ModuleStep.RateLabelTooLong => Length(step.LowLabel) > ModuleStep.MaxLabelLength ? $"{at}.lowLabel" : $"{at}.highLabel",
            ModuleStep.ChecklistEmpty or ModuleStep.ChecklistTooLong => $"{at}.items",
            ModuleStep.ChecklistItemInvalid => InvalidItemField(at, step),
            ModuleStep.ChecklistItemIdsNotUnique => RepeatedItemField(at, step),
            ModuleStep.PracticeMinutesOutOfRange => $"{at}.minutes",
            ModuleStep.FieldNotForKind => ForeignField(at, step),
            _ => at,
        };
    }

    private static string InvalidItemField(string at, ModuleStepRequest step)
    {
        var items = step.Items ?? [];
        for (var j = 0; j < items.Count; j++)
        {
            if (!ModuleStep.IsValidId(items[j]?.Id?.Trim()))
            {
                return $"{at}.items[{j}].id";
            }

            if (Length(items[j]!.Text) is < 1 or > ChecklistItem.MaxTextLength)
            {
                return $"{at}.items[{j}].text";
            }
        }

        return $"{at}.items";
    }

    private static string RepeatedItemField(string at, ModuleStepRequest step)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = step.Items ?? [];
        for (var j = 0; j < items.Count; j++)
        {
            if (!seen.Add(items[j]?.Id?.Trim() ?? ""))
            {
                return $"{at}.items[{j}].id";
            }
        }

        return $"{at}.items";
    }

    /// <summary>The first field the step's kind does not take, in the order the domain checks them.</summary>
    private static string ForeignField(string at, ModuleStepRequest step)
    {
        var kind = Rules.ParseEnumName<ModuleStepKind>(step.Kind!);
        if (kind is not (ModuleStepKind.Reflect or ModuleStepKind.Rate) && !IsBlank(step.Prompt))
        {
            return $"{at}.prompt";
        }

        if (kind != ModuleStepKind.Rate && (!IsBlank(step.LowLabel) || !IsBlank(step.HighLabel)))
        {
            return IsBlank(step.LowLabel) ? $"{at}.highLabel" : $"{at}.lowLabel";
        }

        if (kind != ModuleStepKind.Checklist && step.Items is { Count: > 0 })
        {
            return $"{at}.items";
        }

        return kind != ModuleStepKind.Practice && step.Minutes is not null ? $"{at}.minutes" : at;
    }

    private static IEnumerable<(string Field, string Message)> StepProblems(string at, ModuleStepRequest? step)
    {
        if (step is null)
        {
            yield return (at, "A step must be an object with an id, a kind and a title.");
            yield break;
        }

        if (!Rules.IsEnumNameIgnoringCase<ModuleStepKind>(step.Kind))
        {
            yield return ($"{at}.kind", $"'kind' must be one of {StepKinds}.");
        }

        var texts = Line($"{at}.id", step.Id).Concat(Line($"{at}.title", step.Title)).Concat(Text($"{at}.body", step.Body))
            .Concat(Text($"{at}.prompt", step.Prompt)).Concat(Line($"{at}.lowLabel", step.LowLabel)).Concat(Line($"{at}.highLabel", step.HighLabel));
        foreach (var problem in texts)
        {
            yield return problem;
        }

        for (var j = 0; j < (step.Items?.Count ?? 0); j++)
        {
            if (step.Items![j] is not { } item)
            {
                yield return ($"{at}.items[{j}]", "A checklist item must be an object with an id and a text.");
                continue;
            }

            foreach (var problem in Line($"{at}.items[{j}].id", item.Id).Concat(Line($"{at}.items[{j}].text", item.Text)))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(string Field, string Message)> Names<TEnum>(string field, IReadOnlyList<string?>? names)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < (names?.Count ?? 0); i++)
        {
            if (!Rules.IsEnumNameIgnoringCase<TEnum>(names![i]))
            {
                yield return ($"{field}[{i}]", $"Each of '{field}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }
        }
    }

    /// <summary>One line of text: no control characters at all.</summary>
    private static IEnumerable<(string Field, string Message)> Line(string field, string? value)
    {
        if (Rules.HasControlCharacters(value))
        {
            yield return (field, $"'{Name(field)}' must be one line without control characters.");
        }
    }

    /// <summary>Markdown or other text of several lines: line breaks and tabs, no other control characters.</summary>
    private static IEnumerable<(string Field, string Message)> Text(string field, string? value)
    {
        if (Rules.HasControlCharactersBeyondLineBreaks(value))
        {
            yield return (field, $"'{Name(field)}' must not contain control characters other than line breaks and tabs.");
        }
    }

    private static string Name(string field) => field[(field.LastIndexOf('.') + 1)..];

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static int Length(string? value) => value?.Trim().Length ?? 0;
}
