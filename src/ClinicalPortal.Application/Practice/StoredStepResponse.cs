namespace ClinicalPortal.Application.Practice;

/// <summary>One step's answer as stored (inside the protected responses) and shown to the client and their clinician.</summary>
public sealed record StoredStepResponse(string StepId, string Kind, string? Text, int? Rating, bool? Done, IReadOnlyList<string>? CheckedItems);
