namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One item of a <see cref="ModuleStepKind.Checklist"/> step. <see cref="Id"/> is a short stable key (same shape as a step
/// id, unique within its step): a client's ticks refer to it, so the text can be reworded in a later version.
/// </summary>
public sealed record ChecklistItem(string Id, string Text)
{
    public const int MaxTextLength = 300;
}
