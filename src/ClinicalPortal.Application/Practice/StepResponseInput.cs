using System.Text.Json;

namespace ClinicalPortal.Application.Practice;

/// <summary>
/// One step's answer as sent: <c>text</c> for a reflect step, <c>rating</c> (0-10) for a rate step, <c>checked</c> for the
/// rest: true for a read or practice step done, or the ids of the checklist items ticked.
/// </summary>
public sealed record StepResponseInput(string? StepId, string? Text, int? Rating, JsonElement? Checked);
