namespace ClinicalPortal.Domain.Practice;

/// <summary>What a client does in one step of a module; each kind has its own fields on <see cref="ModuleStep"/>.</summary>
public enum ModuleStepKind
{
    /// <summary>Read a text (<see cref="ModuleStep.Body"/>).</summary>
    Read = 0,

    /// <summary>Write a free-text answer to <see cref="ModuleStep.Prompt"/>.</summary>
    Reflect = 1,

    /// <summary>
    /// Answer <see cref="ModuleStep.Prompt"/> on a 0-10 scale whose ends are named by <see cref="ModuleStep.LowLabel"/> and
    /// <see cref="ModuleStep.HighLabel"/>. A generic self-rating, not a validated instrument: it is never scored or banded.
    /// </summary>
    Rate = 2,

    /// <summary>Tick items of <see cref="ModuleStep.Items"/>, each with a stable id so answers survive a reworded item.</summary>
    Checklist = 3,

    /// <summary>A timed practice (a guided meditation, a breathing space) of <see cref="ModuleStep.Minutes"/> minutes.</summary>
    Practice = 4,
}
