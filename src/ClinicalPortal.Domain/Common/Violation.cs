namespace ClinicalPortal.Domain.Common;

/// <summary>One broken rule at a 1-based <see cref="Position"/> of a list (null: the list as a whole).</summary>
public sealed record Violation(int? Position, string Code, string Message);
