using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// What one version of a module says: its title and summary, the self-compassion components it trains (Neff KD. Self-
/// compassion: an alternative conceptualization of a healthy attitude toward oneself. Self and Identity 2003;2(2):85-101),
/// the care tracks it is meant for, how long it takes, its instructions (Markdown), its steps and the sources it rests
/// on. Stored whole with its <see cref="ModuleVersion"/> (a jsonb column): plain get/init properties, so
/// System.Text.Json reads and writes it. <see cref="Create"/> (or <see cref="Validate"/> on a value read from a request)
/// trims the texts and checks every rule; a <see cref="Module"/> only keeps content that passed.
/// </summary>
public sealed record ModuleContent
{
    public const string TitleRequired = "module.title_required";
    public const string TitleTooLong = "module.title_too_long";
    public const string SummaryRequired = "module.summary_required";
    public const string SummaryTooLong = "module.summary_too_long";
    public const string InstructionsTooLong = "module.instructions_too_long";
    public const string ComponentsRequired = "module.components_required";
    public const string ComponentsNotDistinct = "module.components_not_distinct";
    public const string ComponentInvalid = "module.component_invalid";
    public const string TracksRequired = "module.tracks_required";
    public const string TracksNotDistinct = "module.tracks_not_distinct";
    public const string TrackInvalid = "module.track_invalid";
    public const string EstimatedMinutesOutOfRange = "module.estimated_minutes_out_of_range";
    public const string StepsRequired = "module.steps_required";
    public const string TooManySteps = "module.too_many_steps";
    public const string StepIdsNotUnique = "module.step_ids_not_unique";
    public const string TooManySources = "module.too_many_sources";
    public const string SourceTooLong = "module.source_too_long";

    public const int MaxTitleLength = 120;
    public const int MaxSummaryLength = 500;
    public const int MaxInstructionsLength = 20_000;
    public const int MinEstimatedMinutes = 1;
    public const int MaxEstimatedMinutes = 120;
    public const int MaxSteps = 30;
    public const int MaxSources = 20;
    public const int MaxSourceLength = 500;

    public required string Title { get; init; }

    /// <summary>One or two plain sentences shown in the library and on the client's plan.</summary>
    public required string Summary { get; init; }

    /// <summary>The components the module trains: at least one, each once.</summary>
    public required IReadOnlyList<CompassionComponent> Components { get; init; }

    /// <summary>The care tracks the module is meant for: at least one, each once.</summary>
    public required IReadOnlyList<CareTrack> Tracks { get; init; }

    /// <summary>How long the whole module takes, 1 to 120 minutes.</summary>
    public required int EstimatedMinutes { get; init; }

    /// <summary>Markdown shown before the first step; may be empty.</summary>
    public string Instructions { get; init; } = "";

    /// <summary>1 to 30 steps in order, ids unique.</summary>
    public required IReadOnlyList<ModuleStep> Steps { get; init; }

    /// <summary>Citations of the research or programme the module draws on (facts cited, wording our own).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Where the practice turns attention that can bring up old pain (touch, the body, memories); empty for none. See <see cref="ModuleSafeguards"/>.</summary>
    public IReadOnlyList<SensitiveFocus> Uses { get; init; } = [];

    /// <summary>Shown to the client before the first step: a word for people who have lived through trauma. Required with a focus.</summary>
    public string? TraumaNote { get; init; }

    /// <summary>Shown to the client before the first step: how to step out at any moment (eyes open, soles of the feet). Required with a focus.</summary>
    public string? GroundingExit { get; init; }

    /// <summary>Shown to the client before the first step of a practice that uses touch: the opt-out and a way to do it without touch.</summary>
    public string? HandsFreeAlternative { get; init; }

    /// <summary>Keys of built-in modules the client is pointed to (the backdraft entry, for a practice with a focus).</summary>
    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    /// <summary>One plain line for the client naming what the practice is adapted from (e.g. a programme and its authors).</summary>
    public string? Attribution { get; init; }

    /// <summary>For clinicians only, never shown to clients: when to think twice before assigning (e.g. active PTSD, dissociation).</summary>
    public string? ClinicianCaution { get; init; }

    /// <summary>
    /// Content with its texts trimmed (blank sources dropped), or the first rule broken: title 1-120 characters, summary
    /// 1-500, instructions up to 20,000, at least one component and one track with none twice, 1-120 minutes, 1-30 steps
    /// each valid (<see cref="ModuleStep.Validate"/>) with distinct ids, up to 20 sources of up to 500 characters. A
    /// broken step rule carries the step's 1-based position in <see cref="Error.Violations"/>.
    /// </summary>
    public static Result<ModuleContent> Create(
        string? title,
        string? summary,
        IReadOnlyList<CompassionComponent>? components,
        IReadOnlyList<CareTrack>? tracks,
        int estimatedMinutes,
        string? instructions,
        IReadOnlyList<ModuleStep>? steps,
        IReadOnlyList<string?>? sources)
        => new ModuleContent
        {
            Title = title ?? "",
            Summary = summary ?? "",
            Components = components ?? [],
            Tracks = tracks ?? [],
            EstimatedMinutes = estimatedMinutes,
            Instructions = instructions ?? "",
            Steps = steps ?? [],
            Sources = (sources ?? []).Select(s => s ?? "").ToArray(),
        }.Validate();

    /// <summary>
    /// This content checked and trimmed as by <see cref="Create"/> (for a value built directly or read from JSON), with
    /// its safeguards checked by <see cref="ModuleSafeguards.Check"/> (notes trimmed, blank ones dropped).
    /// </summary>
    public Result<ModuleContent> Validate()
    {
        var cleanTitle = Title?.Trim() ?? "";
        var cleanSummary = Summary?.Trim() ?? "";
        var cleanInstructions = Instructions?.Trim() ?? "";
        var components = Components ?? [];
        var tracks = Tracks ?? [];
        var steps = Steps ?? [];

        if (cleanTitle.Length == 0)
        {
            return Error.Rule(TitleRequired, "A module needs a title.");
        }

        if (cleanTitle.Length > MaxTitleLength)
        {
            return Error.Rule(TitleTooLong, $"A module title is at most {MaxTitleLength} characters.");
        }

        if (cleanSummary.Length == 0)
        {
            return Error.Rule(SummaryRequired, "A module needs a summary.");
        }

        if (cleanSummary.Length > MaxSummaryLength)
        {
            return Error.Rule(SummaryTooLong, $"A module summary is at most {MaxSummaryLength} characters.");
        }

        if (cleanInstructions.Length > MaxInstructionsLength)
        {
            return Error.Rule(InstructionsTooLong, $"The instructions are at most {MaxInstructionsLength} characters.");
        }

        if (components.Count == 0)
        {
            return Error.Rule(ComponentsRequired, "A module trains at least one component of self-compassion.");
        }

        if (components.Any(c => !Enum.IsDefined(c)))
        {
            return Error.Rule(ComponentInvalid, "A component is not one of SelfKindness, CommonHumanity or Mindfulness.");
        }

        if (components.Distinct().Count() != components.Count)
        {
            return Error.Rule(ComponentsNotDistinct, "Each component is named once.");
        }

        if (tracks.Count == 0)
        {
            return Error.Rule(TracksRequired, "A module is meant for at least one care track.");
        }

        if (tracks.Any(t => !Enum.IsDefined(t)))
        {
            return Error.Rule(TrackInvalid, "A track is not one of General, ChronicIllness or Burnout.");
        }

        if (tracks.Distinct().Count() != tracks.Count)
        {
            return Error.Rule(TracksNotDistinct, "Each track is named once.");
        }

        if (EstimatedMinutes is < MinEstimatedMinutes or > MaxEstimatedMinutes)
        {
            return Error.Rule(EstimatedMinutesOutOfRange,
                $"A module takes {MinEstimatedMinutes} to {MaxEstimatedMinutes} minutes.");
        }

        if (steps.Count == 0)
        {
            return Error.Rule(StepsRequired, "A module needs at least one step.");
        }

        if (steps.Count > MaxSteps)
        {
            return Error.Rule(TooManySteps, $"A module has at most {MaxSteps} steps.");
        }

        var cleanSteps = new List<ModuleStep>(steps.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var position = i + 1;
            if (steps[i] is null)
            {
                return AtStep(position, Error.Rule(ModuleStep.IdInvalid, "A step is missing."));
            }

            var step = steps[i].Validate();
            if (!step.IsSuccess)
            {
                return AtStep(position, step.Error!);
            }

            if (!ids.Add(step.Value.Id))
            {
                return AtStep(position, Error.Rule(StepIdsNotUnique, $"The step id '{step.Value.Id}' is used twice."));
            }

            cleanSteps.Add(step.Value);
        }

        var cleanSources = (Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToArray();
        if (cleanSources.Length > MaxSources)
        {
            return Error.Rule(TooManySources, $"A module cites at most {MaxSources} sources.");
        }

        if (cleanSources.Any(s => s.Length > MaxSourceLength))
        {
            return Error.Rule(SourceTooLong, $"A source is at most {MaxSourceLength} characters.");
        }

        var clean = new ModuleContent
        {
            Title = cleanTitle,
            Summary = cleanSummary,
            Components = components.ToArray(),
            Tracks = tracks.ToArray(),
            EstimatedMinutes = EstimatedMinutes,
            Instructions = cleanInstructions,
            Steps = cleanSteps.AsReadOnly(),
            Sources = cleanSources,
            Uses = (Uses ?? []).ToArray(),
            TraumaNote = Clean(TraumaNote),
            GroundingExit = Clean(GroundingExit),
            HandsFreeAlternative = Clean(HandsFreeAlternative),
            SeeAlso = (SeeAlso ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToArray(),
            Attribution = Clean(Attribution),
            ClinicianCaution = Clean(ClinicianCaution),
        };
        if (ModuleSafeguards.Check(clean) is { } broken)
        {
            return broken;
        }

        return clean;
    }


    /// <summary>The step with this id, or null.</summary>
    public ModuleStep? Step(string id) => Steps.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Error AtStep(int position, Error error) =>
        error with { Violations = [new Violation(position, error.Code, error.Message)] };
}
