namespace ClinicalPortal.Application.Practice;

/// <summary>One item of a plan as sent: a module (its current version is given), how often, from and to (YYYY-MM-DD, client's calendar).</summary>
public sealed record PlanItemInput(Guid? ModuleId, FrequencyInput? Frequency, string? Start, string? End);
