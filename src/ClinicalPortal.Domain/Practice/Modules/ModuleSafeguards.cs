using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The rules for a practice's safeguards. Turning kindness towards the body, touch or painful memories can bring up old
/// pain, which Germer and Neff call backdraft (Germer CK, Neff KD. Teaching the Mindful Self-Compassion Program. Guilford
/// 2019; Germer CK, Neff KD. Self-compassion in clinical practice. J Clin Psychol 2013;69(8):856-867). So a module that
/// names a <see cref="SensitiveFocus"/> must carry, before its first step, a trauma note and a grounding exit (a way
/// back: eyes open, the soles of the feet on the floor); a link to the library's backdraft entry
/// (<see cref="ModuleLibrary.Backdraft"/>); a caution for clinicians; and, when it uses touch, a hands-free alternative
/// so touch can always be left out. Every module may name what it is adapted from (shown to the client) and a
/// clinician's caution (shown to staff only).
/// </summary>
public static class ModuleSafeguards
{
    public const string FocusInvalid = "module.focus_invalid";
    public const string FocusNotDistinct = "module.focus_not_distinct";
    public const string TraumaNoteRequired = "module.trauma_note_required";
    public const string GroundingExitRequired = "module.grounding_exit_required";
    public const string HandsFreeAlternativeRequired = "module.hands_free_alternative_required";
    public const string HandsFreeAlternativeNotForModule = "module.hands_free_alternative_without_touch";
    public const string BackdraftLinkRequired = "module.backdraft_link_required";
    public const string ClinicianCautionRequired = "module.clinician_caution_required";
    public const string SeeAlsoInvalid = "module.see_also_invalid";
    public const string TooManySeeAlso = "module.too_many_see_also";
    public const string NoteTooLong = "module.safeguard_too_long";
    public const string AttributionTooLong = "module.attribution_too_long";

    public const int MaxNoteLength = 2_000;
    public const int MaxAttributionLength = 300;
    public const int MaxSeeAlso = 10;

    /// <summary>
    /// The first safeguard rule <paramref name="content"/> breaks, or null: each focus once and known; the notes, the
    /// caution and the alternative up to 2,000 characters and the attribution up to 300; up to 10 linked module keys of a
    /// key's shape; and for a module with a focus, a trauma note, a grounding exit, a clinician's caution and a link to
    /// the backdraft entry, with a hands-free alternative exactly when it uses touch.
    /// </summary>
    public static Error? Check(ModuleContent content)
    {
        var uses = content.Uses ?? [];
        if (uses.Any(f => !Enum.IsDefined(f)))
        {
            return Error.Rule(FocusInvalid, "A focus is not one of Touch, Body or Memories.");
        }

        if (uses.Distinct().Count() != uses.Count)
        {
            return Error.Rule(FocusNotDistinct, "Each focus is named once.");
        }

        if (new[] { content.TraumaNote, content.GroundingExit, content.HandsFreeAlternative, content.ClinicianCaution }
            .Any(t => t is { Length: > MaxNoteLength }))
        {
            return Error.Rule(NoteTooLong, $"A safeguard note is at most {MaxNoteLength} characters.");
        }

        if (content.Attribution is { Length: > MaxAttributionLength })
        {
            return Error.Rule(AttributionTooLong, $"An attribution is at most {MaxAttributionLength} characters.");
        }

        var seeAlso = content.SeeAlso ?? [];
        if (seeAlso.Count > MaxSeeAlso)
        {
            return Error.Rule(TooManySeeAlso, $"A module links at most {MaxSeeAlso} others.");
        }

        if (seeAlso.Any(k => !Module.IsValidKey(k)))
        {
            return Error.Rule(SeeAlsoInvalid, "A linked module is named by its library key (e.g. 'backdraft').");
        }

        if (uses.Contains(SensitiveFocus.Touch) != (content.HandsFreeAlternative is not null))
        {
            return uses.Contains(SensitiveFocus.Touch)
                ? Error.Rule(HandsFreeAlternativeRequired, "A practice that uses touch offers a way to do it without touch.")
                : Error.Rule(HandsFreeAlternativeNotForModule, "Only a practice that uses touch has a hands-free alternative.");
        }

        if (uses.Count == 0)
        {
            return null;
        }

        if (content.TraumaNote is null)
        {
            return Error.Rule(TraumaNoteRequired, "A practice that uses touch, the body or memories starts with a note for people who have lived through trauma.");
        }

        if (content.GroundingExit is null)
        {
            return Error.Rule(GroundingExitRequired, "A practice that uses touch, the body or memories starts with a way back (eyes open, feet on the floor).");
        }

        if (!seeAlso.Contains(ModuleLibrary.Backdraft, StringComparer.Ordinal))
        {
            return Error.Rule(BackdraftLinkRequired, $"A practice that uses touch, the body or memories links the '{ModuleLibrary.Backdraft}' entry.");
        }

        return content.ClinicianCaution is null
            ? Error.Rule(ClinicianCautionRequired, "A practice that uses touch, the body or memories carries a caution for clinicians.")
            : null;
    }
}
