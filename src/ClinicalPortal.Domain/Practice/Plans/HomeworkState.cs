namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// What is stored for a task. <see cref="HomeworkStatus"/> (Due, Done, Skipped, Missed) is what a reader sees:
/// Pending becomes Missed once the task's day has closed in the client's zone. Cancelled tasks (a plan change took
/// them away before their day) are kept for history and shown to nobody as homework.
/// </summary>
public enum HomeworkState
{
    Pending = 0,
    Done = 1,
    Skipped = 2,
    Cancelled = 3,
}
