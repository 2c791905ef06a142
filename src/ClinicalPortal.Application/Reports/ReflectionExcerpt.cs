namespace ClinicalPortal.Application.Reports;

/// <summary>A reflection the client wrote after a practice, included because the report's author ticked it.</summary>
public sealed record ReflectionExcerpt(Guid TaskId, DateOnly Date, string Module, string Text);
