namespace ClinicalPortal.Application.Modules;

/// <summary>One item of a checklist step as sent: a short stable id (like a step id) and its text.</summary>
public sealed record ChecklistItemRequest(string? Id, string? Text);
