using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

public sealed record PracticePlanResponse(
    Guid Id, Guid ClientId, string Status, string? Goals, string? NoteToClient, DateTimeOffset CreatedAt, Guid CreatedBy,
    DateTimeOffset? SupersededAt, Guid? Supersedes, IReadOnlyList<PracticePlanItemResponse> Items, int TasksCreated, bool TextWithheld)
{
    /// <summary>The plan; goals and note decrypted when <paramref name="text"/> is given, null (and withheld) for a supervisor.</summary>
    public static PracticePlanResponse From(PracticePlan plan, IHealthTextProtector? text, int tasksCreated = 0) => new(
        plan.Id.Value, plan.ClientId.Value, plan.Status.ToString(), text?.Unprotect(plan.GoalsProtected),
        plan.NoteToClientProtected is { } note ? text?.Unprotect(note) : null, plan.CreatedAt, plan.CreatedBy.Value,
        plan.SupersededAt, plan.Supersedes?.Value,
        plan.Items.OrderBy(i => i.Position).Select(PracticePlanItemResponse.From).ToList(), tasksCreated, text is null);
}
