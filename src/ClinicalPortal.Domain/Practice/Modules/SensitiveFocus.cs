namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Where a practice turns attention that can bring old pain to the surface ("backdraft": Germer CK, Neff KD, Teaching the
/// Mindful Self-Compassion Program, Guilford 2019): touch, the body, or memories. A module that names one carries the
/// safeguards <see cref="ModuleSafeguards"/> asks for.
/// </summary>
public enum SensitiveFocus
{
    /// <summary>A hand placed on the body (supportive or soothing touch).</summary>
    Touch = 0,

    /// <summary>Attention to sensations in the body (a body scan, finding an emotion in the body, the breath).</summary>
    Body = 1,

    /// <summary>Bringing a painful memory, situation or image to mind.</summary>
    Memories = 2,
}
